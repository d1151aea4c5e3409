using Microsoft.EntityFrameworkCore;
using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Cascade;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;
using Platform.Plans.Units;
using Platform.Rules;

namespace Platform.Plans.Campaigns;

/// <summary>
/// Lands a campaign's quotas on the units in force on its structure date under its plan's unit, through the rule set's
/// <c>campaign-quota</c> kind (rules/CampaignQuotas.cs) and its compiled session, and writes them in place of what was
/// landed before, with one audit entry for the landing. A per-district quota on a day without districts lands as
/// missing data on each province, saying so, unless the province's planner chose another basis (<see
/// cref="CampaignRebase"/>).
/// </summary>
internal sealed class CampaignCascade(
    PlansDbContext db,
    CascadeCalculator calculator,
    AuditTrail audit,
    TimeProvider clock
)
{
    private static readonly string[] Columns =
    [
        nameof(CampaignUnitQuota.CampaignId), nameof(CampaignUnitQuota.QuotaId), nameof(CampaignUnitQuota.UnitId),
        nameof(CampaignUnitQuota.UnitCode), nameof(CampaignUnitQuota.Level), nameof(CampaignUnitQuota.ParentUnitCode),
        nameof(CampaignUnitQuota.BasisLevel), nameof(CampaignUnitQuota.UnitCount), nameof(CampaignUnitQuota.Floor),
        nameof(CampaignUnitQuota.Stretch), nameof(CampaignUnitQuota.MissingData),
        nameof(CampaignUnitQuota.MissingReason), nameof(CampaignUnitQuota.RuleName),
        nameof(CampaignUnitQuota.RuleVersion), nameof(CampaignUnitQuota.DenominatorMetric),
        nameof(CampaignUnitQuota.DenominatorValue), nameof(CampaignUnitQuota.DenominatorYear),
        nameof(CampaignUnitQuota.UpdatedAtUtc), nameof(CampaignUnitQuota.Version),
    ];

    /// <summary>What a landing wrote: rows, and how many of them lack a number.</summary>
    public sealed record Landing(int Rows, int MissingData);

    /// <summary>Lands <paramref name="campaign"/> (saved, with its quotas) and saves.</summary>
    public async Task<Landing> RunAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var on = campaign.StructureOn;
        var units = await db
            .Units.AsNoTracking()
            .Where(u => u.Level != UnitLevel.Nation && u.ValidFrom <= on && (u.ValidTo == null || u.ValidTo >= on))
            .Select(u => new { u.Id, u.Code, u.Name, u.Level, u.ParentId })
            .ToListAsync(cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        int? ProvinceOf(int id)
        {
            for (int? at = id; at is { } current && byId.TryGetValue(current, out var unit); at = unit.ParentId)
            {
                if (unit.Level == UnitLevel.Province)
                {
                    return unit.Id;
                }
            }

            return null;
        }

        bool Under(int id, int root)
        {
            for (int? at = id; at is { } current && byId.TryGetValue(current, out var unit); at = unit.ParentId)
            {
                if (current == root)
                {
                    return true;
                }
            }

            return false;
        }

        // The campaign's own unit and those below it; a unit below a province also brings its province (the rules
        // group by province), whose row is not kept.
        var nation = !byId.ContainsKey(campaign.UnitId);
        var province = nation ? null : ProvinceOf(campaign.UnitId);
        var inTree = nation ? units : units.Where(u => u.Id == province || Under(u.Id, province ?? -1)).ToList();
        var statistics = await StatisticsAsync(campaign, inTree.Select(u => u.Id).ToHashSet(), cancellationToken);
        var facts = inTree
            .Where(u => ProvinceOf(u.Id) is not null)
            .Select(u => new CampaignUnit
            {
                Id = u.Id,
                Code = u.Code,
                Name = u.Name,
                Tier = TierOf(u.Level),
                ParentId = u.ParentId,
                ProvinceId = ProvinceOf(u.Id)!.Value,
                Figures = (metric, year) => statistics.Find(u.Id, metric, year) is { } d
                    ? new Figure(d.Value, d.Year, d.Source)
                    : null,
            })
            .ToList();
        var quotas = campaign.Quotas.ToDictionary(q => q.Code, StringComparer.Ordinal);
        var targets = campaign.Quotas.Select(q => new CampaignTarget(
            q.Code,
            TierOf(q.Level),
            q.Basis == CampaignQuotaBasis.PerUnit ? QuotaBasis.PerUnit : QuotaBasis.ShareOfFigure,
            q.RateFloor,
            q.RateStretch,
            q.Metric,
            q.MetricYear)).ToList();
        var rebases = await db.CampaignRebases.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id)
            .Join(db.Set<CampaignQuota>(), r => r.QuotaId, q => q.Id, (r, q) => new { r.ProvinceId, q.Code, r.Level,
                r.Reason })
            .ToListAsync(cancellationToken);
        var allotments = CampaignQuotas.Run(calculator.CreateSession(), facts, targets,
            rebases.Select(r => new Rebase(r.ProvinceId, r.Code, TierOf(r.Level), r.Reason)));
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = allotments
            .Where(a => nation || Under(a.Unit.Id, campaign.UnitId))
            .Select(a => Row(
                campaign,
                quotas[a.Target.QuotaCode],
                a,
                a.Unit.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Code : NationalUnit.Code,
                byId[a.Unit.ProvinceId].Name,
                on,
                now))
            .ToList();
        await BulkRows.DeleteAsync<CampaignUnitQuota, int>(db, nameof(CampaignUnitQuota.CampaignId), [campaign.Id],
            cancellationToken);
        await BulkRows.InsertAsync<CampaignUnitQuota>(db, Columns, rows, cancellationToken);
        var missing = rows.Count(r => (bool)r[10]!);
        db.Set<AuditEntry>().Add(audit.Entry(AuditActions.Generated, nameof(Campaign), campaign.Code, campaign.UnitCode,
            null, new
            {
                structureOn = on,
                quotas = campaign.Quotas.Select(q => q.Code).ToList(),
                rows = rows.Count,
                missingData = missing,
            }));
        await db.SaveChangesAsync(cancellationToken);
        return new Landing(rows.Count, missing);
    }

    private async Task<StatisticsLookup> StatisticsAsync(
        Campaign campaign,
        HashSet<int> units,
        CancellationToken cancellationToken
    )
    {
        var lookup = new StatisticsLookup();
        var metrics = campaign.Quotas.Where(q => q.Metric is not null).Select(q => q.Metric!).Distinct().ToList();
        if (metrics.Count == 0)
        {
            return lookup;
        }

        var figures = await db.Statistics.AsNoTracking()
            .Where(s => metrics.Contains(s.Metric))
            .Select(s => new { s.UnitId, s.Metric, s.Year, s.Value, s.Source })
            .ToListAsync(cancellationToken);
        foreach (var f in figures.Where(f => units.Contains(f.UnitId)))
        {
            lookup.Add(f.UnitId, f.Metric, f.Year, f.Value, f.Source);
        }

        return lookup;
    }

    private static object?[] Row(
        Campaign campaign,
        CampaignQuota quota,
        Allotment a,
        string? parentCode,
        string provinceName,
        DateOnly on,
        DateTime now
    ) =>
    [
        campaign.Id, quota.Id, a.Unit.Id, a.Unit.Code, LevelOf(a.Unit.Tier).ToString(), parentCode,
        LevelOf(a.Tier).ToString(), a.UnitCount, a.Floor, a.Stretch, a.Missing, Reason(a, quota, provinceName, on),
        a.Rule, a.Missing ? "none" : RuleSet.VersionOf(CampaignQuotas.Kind), a.DenominatorMetric,
        a.Denominator?.Value, a.Denominator?.Year, now, 1,
    ];

    /// <summary>Why a row has no number, in Vietnamese, with what to do.</summary>
    private static string? Reason(Allotment a, CampaignQuota quota, string provinceName, DateOnly on) =>
        a.MissingBecause switch
        {
            MissingBecause.NoUnitOfTier when on >= ProvinceRegister.TwoTierStructure => Wording.Get(
                "CampaignQuota.NoUnitAfterReform", Wording.Vietnamese, Wording.Date(on),
                Wording.Get($"Campaign.Level.{LevelOf(a.Tier)}", Wording.Vietnamese), provinceName),
            MissingBecause.NoUnitOfTier => Wording.Get(
                "CampaignQuota.NoUnit", Wording.Vietnamese, Wording.Date(on),
                Wording.Get($"Campaign.Level.{LevelOf(a.Tier)}", Wording.Vietnamese), provinceName),
            MissingBecause.NoFigure => Wording.Get(
                "CampaignQuota.NoFigure", Wording.Vietnamese, provinceName, quota.Metric, quota.MetricYear),
            _ => null,
        };

    private static Tier TierOf(UnitLevel level) =>
        level switch
        {
            UnitLevel.Province => Tier.Province,
            UnitLevel.District => Tier.District,
            UnitLevel.Commune => Tier.Commune,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "a campaign quota lands below the nation"),
        };

    private static UnitLevel LevelOf(Tier tier) =>
        tier switch
        {
            Tier.Province => UnitLevel.Province,
            Tier.District => UnitLevel.District,
            _ => UnitLevel.Commune,
        };
}
