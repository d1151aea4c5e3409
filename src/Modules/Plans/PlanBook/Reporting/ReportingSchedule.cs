using System.Globalization;
using Platform.Plans.Texts;
using Platform.BuildingBlocks.Errors;
using Microsoft.Extensions.Configuration;

namespace Platform.Plans.PlanBook.Reporting;

/// <summary>
/// When the units of one national plan report their yearly results upward: <see cref="Province"/> is the date a
/// province reports to <see cref="ProvinceRecipient"/> (each province may set its own on its plan),
/// <see cref="BelowProvince"/> the date its communes (and, before July 2025, districts) report to the province. A date
/// no document states is null, and no deadline is made from it.
/// </summary>
internal sealed record ReportingSchedule(DayMonth? Province, string ProvinceRecipient, DayMonth? BelowProvince)
{
    public const string Title = "Báo cáo kết quả công tác tuyên truyền BHXH hằng năm";
}

/// <summary>
/// The schedules of the national plans, as the seeds state them, unless configuration
/// (<c>Reporting:Schedules:{plan}</c>
/// with <c>Province</c>, <c>ProvinceRecipient</c> and <c>BelowProvince</c> as "dd/MM") records another for a plan:
/// <list type="bullet">
/// <item>VN-2026-2030: communes and departments report to the provincial People's Committee through the Department of
/// Home Affairs before 15/12 (001: "định kỳ hằng năm báo cáo kết quả thực hiện về UBND tỉnh (thông qua Sở Nội vụ)
/// trước ngày 15/12"); 001 gives no date for the province's own report to the ministries, so it stays 15/12 as before,
/// and each province sets its own on its plan (<see cref="SetReportDateHandler"/>);</item>
/// <item>VN-2021-2025: 000 states no yearly date (only "theo quy định", and a report of the period in 2025):
/// none;</item>
/// <item>the nation's own report: no seed states one: none.</item>
/// </list>
/// </summary>
internal sealed class ReportingSchedules(IConfiguration configuration)
{
    private static readonly DayMonth December15 = new(15, 12);

    private static readonly Dictionary<string, ReportingSchedule> Seeded = new(StringComparer.Ordinal)
    {
        [NationalPlans.To2030] = new(December15, "Bộ Nội vụ", December15),
    };

    /// <summary>The ministry that issued each national plan, to which its provinces report.</summary>
    private static readonly Dictionary<string, string> Ministries = new(StringComparer.Ordinal)
    {
        [NationalPlans.To2025] = "Bộ Lao động - Thương binh và Xã hội",
        [NationalPlans.To2030] = "Bộ Nội vụ",
    };

    /// <summary>The schedule of the plans under national plan <paramref name="nationalPlanCode"/>; null when no date is
    /// known.</summary>
    public ReportingSchedule? For(string nationalPlanCode)
    {
        var seeded = Seeded.GetValueOrDefault(nationalPlanCode);
        var section = configuration.GetSection($"Reporting:Schedules:{nationalPlanCode}");
        if (!section.Exists())
        {
            return seeded;
        }

        // What configuration records stands instead of the seeded date; what it leaves out stays as seeded.
        var schedule = new ReportingSchedule(
            Date(section, "Province") ?? seeded?.Province,
            section["ProvinceRecipient"] ?? Ministries.GetValueOrDefault(nationalPlanCode) ?? "Bộ Nội vụ",
            Date(section, "BelowProvince") ?? seeded?.BelowProvince
        );
        return schedule.Province is null && schedule.BelowProvince is null ? null : schedule;
    }

    /// <summary>The schedule of the national plan at the root of a plan's path
    /// ("/VN-2026-2030/75-2026-2030/").</summary>
    public ReportingSchedule? ForPlanAt(string path) =>
        For(path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");

    private static DayMonth? Date(IConfigurationSection section, string key) =>
        section[key] is not { Length: > 0 } text
            ? null
            : DayMonth.Parse(text)
                ?? throw new StartupConfigurationException(
                    Wording.Get("Startup.ReportingDate", CultureInfo.CurrentUICulture, section.Path, key, text)
                );
}
