using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.PlanBook;
using Platform.Plans.Units;

namespace Platform.Plans.Persistence;

/// <summary>Records the two national plans on a database that lacks them.</summary>
internal static class NationalPlanSeeder
{
    public static async Task SeedAsync(PlansDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var nation = await db.Units.SingleAsync(u => u.Code == ProvinceRegister.NationCode, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await AddAsync(
            db,
            NationalPlan(
                nation,
                NationalPlans.To2025,
                "Kế hoạch tuyên truyền chính sách BHXH đến năm 2025 (Quyết định 294/QĐ-LĐTBXH ngày 03/03/2021)",
                2021,
                2025,
                NationalPlans.Themes2025,
                NationalPlans.Targets2025,
                now
            ),
            cancellationToken
        );
        await AddAsync(
            db,
            NationalPlan(
                nation,
                NationalPlans.To2030,
                "Kế hoạch tuyên truyền BHXH giai đoạn 2026–2030 (Quyết định 176/QĐ-BNV)",
                2026,
                2030,
                NationalPlans.Themes2030,
                NationalPlans.Targets2030,
                now
            ),
            cancellationToken
        );
    }

    private static async Task AddAsync(PlansDbContext db, Plan plan, CancellationToken cancellationToken)
    {
        if (await db.Plans.AnyAsync(p => p.Code == plan.Code, cancellationToken))
        {
            return;
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Plan NationalPlan(
        AdministrativeUnit nation,
        string code,
        string title,
        int start,
        int end,
        IReadOnlyList<string> themes,
        IReadOnlyList<NationalPlans.TargetSeed> targets,
        DateTime now
    ) =>
        new()
        {
            Code = code,
            Title = title,
            UnitId = nation.Id,
            UnitCode = nation.Code,
            StartYear = start,
            EndYear = end,
            Path = $"/{code}/",
            Status = PlanStatus.Active,
            AudienceGroups = [.. NationalPlans.AudienceGroups],
            Themes = [.. themes],
            Tasks = NationalPlans
                .Tasks.Select(t => new PlanTask
                {
                    Audience = t.Audience,
                    Content = t.Content,
                    Forms = [.. t.Forms],
                    Responsible = t.Responsible,
                    Cooperating = [.. t.Cooperating],
                })
                .ToList(),
            // No seed states when the nation reports: no deadline (ReportingSchedules says when the units below
            // report).
            Deadlines = [],
            History =
            [
                new StatusChange
                {
                    From = PlanStatus.Draft,
                    To = PlanStatus.Active,
                    By = "seed",
                    AtUtc = now,
                    Note = "ban hành cấp Trung ương",
                },
            ],
            Targets = targets
                .Select(t => new PlanTarget
                {
                    IndicatorCode = t.Indicator,
                    Year = t.Year,
                    Floor = t.Floor,
                    Stretch = t.Stretch,
                    Note = t.Note,
                })
                .ToList(),
            CreatedAtUtc = now,
        };
}
