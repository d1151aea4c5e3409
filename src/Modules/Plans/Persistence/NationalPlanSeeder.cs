using Microsoft.EntityFrameworkCore;
using Platform.Plans.Campaigns;
using Platform.Plans.Contracts;
using Platform.Plans.PlanBook;
using Platform.Plans.Units;

namespace Platform.Plans.Persistence;

/// <summary>Records the two national plans, the joint plan of the 2020 launch day and the national campaigns on a
/// database that lacks them.</summary>
internal static class NationalPlanSeeder
{
    /// <summary>Adds what is missing; answers the campaigns added, whose quotas are to be landed.</summary>
    public static async Task<IReadOnlyList<Campaign>> SeedAsync(
        PlansDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
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
        await AddAsync(db, LaunchPlan(nation, now), cancellationToken);
        return await AddCampaignsAsync(db, now, cancellationToken);
    }

    /// <summary>003 is a plan of its own, for one day of 2020, with no targets: its quotas are the launch
    /// day's.</summary>
    private static Plan LaunchPlan(AdministrativeUnit nation, DateTime now) =>
        new()
        {
            Code = NationalCampaigns.LaunchPlan,
            Title = NationalCampaigns.LaunchPlanTitle,
            UnitId = nation.Id,
            UnitCode = nation.Code,
            StartYear = 2020,
            EndYear = 2020,
            Path = $"/{NationalCampaigns.LaunchPlan}/",
            Status = PlanStatus.Active,
            AudienceGroups = ["Người nông dân và người lao động khu vực phi chính thức"],
            Themes = ["Chính sách bảo hiểm xã hội - điểm tựa an sinh của người lao động và Nhân dân"],
            History = Issued(now),
            CreatedAtUtc = now,
        };

    /// <summary>A national plan is issued by the centre: seeded Active.</summary>
    private static List<StatusChange> Issued(DateTime now) =>
        [
            new StatusChange
            {
                From = PlanStatus.Draft,
                To = PlanStatus.Active,
                By = "seed",
                AtUtc = now,
                Note = "ban hành cấp Trung ương",
            },
        ];

    private static async Task<IReadOnlyList<Campaign>> AddCampaignsAsync(
        PlansDbContext db,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        var present = await db.Campaigns.Select(c => c.Code).ToListAsync(cancellationToken);
        var missing = NationalCampaigns.All.Where(c => !present.Contains(c.Code)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var plans = await db
            .Plans.Where(p => p.UnitCode == ProvinceRegister.NationCode && p.ParentPlanId == null)
            .ToDictionaryAsync(p => p.Code, cancellationToken);
        var oldest = await CampaignStructure.OldestLowerUnitsAsync(db, cancellationToken);
        var added = new List<Campaign>();
        foreach (var seed in missing)
        {
            var plan = plans[seed.PlanCode];
            added.Add(new Campaign
            {
                Code = seed.Code,
                Title = seed.Title,
                PlanId = plan.Id,
                UnitId = plan.UnitId,
                UnitCode = plan.UnitCode,
                Kind = seed.Kind,
                StartDate = seed.StartDate,
                EndDate = seed.EndDate,
                StructureOn = CampaignStructure.On(seed.StartDate, oldest),
                Themes = [.. seed.Themes],
                Messages = [.. seed.Messages],
                Audiences = [.. seed.Audiences.Select(a => new CampaignText { Code = a.Code, Text = a.Text })],
                Forms = [.. seed.Forms.Select(f => new CampaignText { Code = f.Code, Text = f.Text })],
                Note = seed.Note,
                Source = seed.Source,
                Quotas =
                [
                    .. seed.Quotas.Select(q => new CampaignQuota
                    {
                        Code = q.Code,
                        Measure = q.Measure,
                        Level = q.Level,
                        Basis = q.Basis,
                        RateFloor = q.Rate,
                        Metric = q.Metric,
                        MetricYear = q.MetricYear,
                        WindowStart = q.WindowStart,
                        WindowEnd = q.WindowEnd,
                        Note = q.Note,
                    }),
                ],
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
            });
        }

        db.Campaigns.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added;
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
            History = Issued(now),
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
