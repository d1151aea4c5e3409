using Platform.Plans.Contracts;
using Platform.Plans.PlanBook;

namespace Platform.Plans.Cascade.Generate;

/// <summary>Drafts the text of a subordinate plan from its parent: audiences, themes, tasks adapted to the level, earlier deadlines.</summary>
internal static class SubordinatePlanDrafter
{
    private static readonly Dictionary<string, string> ProvincialCounterparts = new(StringComparer.Ordinal)
    {
        ["BHXH Việt Nam"] = "BHXH tỉnh",
        ["Bộ Nội vụ"] = "Sở Nội vụ",
        ["Ban Tuyên giáo và Dân vận"] = "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        ["Tổng Liên đoàn Lao động"] = "Liên đoàn Lao động tỉnh",
        ["Các trường đại học, cao đẳng"] = "Các trường đại học, cao đẳng trên địa bàn",
    };

    public static string CodeFor(CascadeUnit unit, Plan parent) => $"{unit.Code}-{parent.StartYear}-{parent.EndYear}";

    public static Plan Draft(Plan parent, CascadeUnit unit, int offsetDays, int childOffsetDays, string by, DateTime now) => new()
    {
        Code = CodeFor(unit, parent),
        Title = $"Kế hoạch tuyên truyền BHXH {unit.Name} giai đoạn {parent.StartYear}–{parent.EndYear}",
        UnitId = unit.Id,
        UnitCode = unit.Code,
        StartYear = parent.StartYear,
        EndYear = parent.EndYear,
        ParentPlanId = parent.Id,
        Path = $"{parent.Path}{CodeFor(unit, parent)}/",
        Status = PlanStatus.Draft,
        SubordinateReportOffsetDays = childOffsetDays,
        AudienceGroups = [.. parent.AudienceGroups],
        Themes = [.. parent.Themes],
        Tasks = parent.Tasks.Select(t => Adapt(t, unit)).ToList(),
        Deadlines = parent.Deadlines.Select(d => Earlier(d, offsetDays, parent)).ToList(),
        History = [new StatusChange { From = PlanStatus.Draft, To = PlanStatus.Draft, By = by, AtUtc = now, Note = $"generated from {parent.Code}" }],
        CreatedAtUtc = now,
    };

    private static PlanTask Adapt(PlanTask task, CascadeUnit unit) => new()
    {
        Audience = task.Audience,
        Content = task.Content,
        Forms = [.. task.Forms],
        Responsible = unit.Level == UnitLevel.Province ? $"BHXH tỉnh, thành phố ({unit.Name})" : $"UBND {unit.Name}",
        Cooperating = task.Cooperating.Select(c => Local(c, unit.Level)).Distinct().ToList(),
    };

    private static string Local(string agency, UnitLevel level) => level switch
    {
        UnitLevel.Province => ProvincialCounterparts.GetValueOrDefault(agency, $"{agency} cấp tỉnh"),
        _ => $"{ProvincialCounterparts.GetValueOrDefault(agency, agency).Replace(" tỉnh", string.Empty, StringComparison.Ordinal).Replace(" Tỉnh ủy", string.Empty, StringComparison.Ordinal)} cấp xã",
    };

    /// <summary>The same report, due <paramref name="offsetDays"/> days before the parent's, to the parent's unit.</summary>
    private static ReportingDeadline Earlier(ReportingDeadline deadline, int offsetDays, Plan parent)
    {
        var due = new DateOnly(2001, deadline.DueMonth, deadline.DueDay).AddDays(-offsetDays);
        return new ReportingDeadline
        {
            Title = deadline.Title,
            Recipient = $"Đơn vị chủ trì kế hoạch {parent.Code} ({parent.UnitCode})",
            DueMonth = due.Month,
            DueDay = due.Day,
        };
    }
}
