using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts.ReadModels;
using Platform.Plans.Campaigns;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.OData;

/// <summary>
/// The Plans sets of the feed as rows kept in memory (<see cref="FeedRows"/>, ADR 0024): each view read whole, for
/// every caller, in key order; for a request that follows them (<see cref="FollowsLinks"/>), the navigation properties
/// are linked to the rows of the other sets (<c>Obligation → Unit, Indicator, Plan</c>; <c>Plan → Unit, Targets</c>;
/// <c>Target → Plan, Indicator</c>; <c>UnitStatistic → Unit</c>). Every navigation joins rows of the same unit, so a
/// row in a caller's scope reaches only rows in it.
/// </summary>
internal sealed class PlansFeed(PlansDbContext db, FeedRows cache, UnitOfWork unitOfWork)
{
    private static readonly string[] PlansOnly = ["Plans"];
    private static readonly string[] LinkOptions = ["$filter", "$orderby", "$apply"];

    public static readonly FeedKey<AdministrativeUnitRow> UnitKey = new(nameof(AdministrativeUnitRow.Id), r => r.Id);
    public static readonly FeedKey<UnitStatisticRow> StatisticKey = new(nameof(UnitStatisticRow.Id), r => r.Id);
    public static readonly FeedKey<UnitLineageRow> LineageKey = new(nameof(UnitLineageRow.Id), r => r.Id);
    public static readonly FeedKey<StatisticOnUnitRow> StatisticOnUnitKey = new(
        nameof(StatisticOnUnitRow.Key),
        r => r.Key
    );
    public static readonly FeedKey<IndicatorRow> IndicatorKey = new(nameof(IndicatorRow.Code), r => r.Code);
    public static readonly FeedKey<RuleRow> RuleKey = new(nameof(RuleRow.Name), r => r.Name);
    public static readonly FeedKey<PlanRow> PlanKey = new(nameof(PlanRow.Id), r => r.Id);
    public static readonly FeedKey<TargetRow> TargetKey = new(nameof(TargetRow.Id), r => r.Id);
    public static readonly FeedKey<ObligationRow> ObligationKey = new(nameof(ObligationRow.Id), r => r.Id);
    public static readonly FeedKey<CampaignRow> CampaignKey = new(nameof(CampaignRow.Id), r => r.Id);
    public static readonly FeedKey<CampaignQuotaRow> CampaignQuotaKey = new(nameof(CampaignQuotaRow.Id), r => r.Id);

    public Task<List<AdministrativeUnitRow>> UnitsAsync(CancellationToken cancellationToken) =>
        Rows("Units", token => Read(db.UnitRows, UnitKey, token), cancellationToken);

    public Task<List<IndicatorRow>> IndicatorsAsync(CancellationToken cancellationToken) =>
        Rows("Indicators", token => Read(db.Indicators, IndicatorKey, token), cancellationToken);

    public Task<List<UnitLineageRow>> LineageAsync(CancellationToken cancellationToken) =>
        Rows("UnitLineage", token => Read(db.LineageRows, LineageKey, token), cancellationToken);

    public Task<List<StatisticOnUnitRow>> StatisticsOnUnitsAsync(CancellationToken cancellationToken) =>
        Rows(
            "UnitStatisticsOnUnits",
            token => Read(db.StatisticOnUnitRows, StatisticOnUnitKey, token),
            cancellationToken
        );

    public async Task<List<UnitStatisticRow>> StatisticsAsync(bool linked, CancellationToken cancellationToken)
    {
        Task<List<UnitStatisticRow>> Plain(CancellationToken token) =>
            Rows("UnitStatistics", t => Read(db.StatisticRows, StatisticKey, t), token);
        return !linked
            ? await Plain(cancellationToken)
            : await Linked(
                "UnitStatistics",
                Plain,
                async (statistics, token) =>
                {
                    var units = (await UnitsAsync(token)).ToDictionary(u => u.Id);
                    statistics.ForEach(s => s.Unit = units.GetValueOrDefault(s.UnitId));
                },
                cancellationToken
            );
    }

    public async Task<List<PlanRow>> PlansAsync(bool linked, CancellationToken cancellationToken) => linked
        ? (await LinkedPlansAndTargetsAsync(cancellationToken)).Plans
        : await Rows("Plans", token => Read(db.PlanRows, PlanKey, token), cancellationToken);

    public async Task<List<TargetRow>> TargetsAsync(bool linked, CancellationToken cancellationToken) => linked
        ? (await LinkedPlansAndTargetsAsync(cancellationToken)).Targets
        : await Rows("Targets", token => Read(db.TargetRows, TargetKey, token), cancellationToken);

    public async Task<List<ObligationRow>> ObligationsAsync(bool linked, CancellationToken cancellationToken)
    {
        Task<List<ObligationRow>> Plain(CancellationToken token) =>
            Rows("Obligations", t => Read(db.ObligationRows, ObligationKey, t), token);
        return !linked
            ? await Plain(cancellationToken)
            : await Linked(
                "Obligations",
                Plain,
                async (obligations, token) =>
                {
                    var units = (await UnitsAsync(token)).ToDictionary(u => u.Id);
                    var indicators = (await IndicatorsAsync(token)).ToDictionary(i => i.Code, StringComparer.Ordinal);
                    var plans = (await PlansAsync(linked: true, token)).ToDictionary(p => p.Id);
                    foreach (var row in obligations)
                    {
                        row.Unit = units.GetValueOrDefault(row.UnitId);
                        row.Indicator = indicators.GetValueOrDefault(row.IndicatorCode);
                        row.Plan = plans.GetValueOrDefault(row.PlanId);
                    }
                },
                cancellationToken
            );
    }

    /// <summary>Every campaign, its unit's province and name read from the units' rows (campaigns live in tables, not
    /// in a view); kinds named in Vietnamese, as the feed names everything.</summary>
    public Task<List<CampaignRow>> CampaignsAsync(CancellationToken cancellationToken) =>
        Rows("Campaigns", async token =>
        {
            var units = (await UnitsAsync(token)).ToDictionary(u => u.Id);
            var campaigns = await db.Campaigns.AsNoTracking()
                .Select(c => new
                {
                    Campaign = c,
                    Plan = db.Plans.Where(p => p.Id == c.PlanId).Select(p => p.Code).Single(),
                    Quotas = c.Quotas.Count,
                })
                .ToListAsync(token);
            var rows = campaigns.Select(x =>
            {
                var c = x.Campaign;
                var unit = units.GetValueOrDefault(c.UnitId);
                return new CampaignRow
                {
                    Id = c.Id,
                    Code = c.Code,
                    Title = c.Title,
                    PlanCode = x.Plan,
                    UnitCode = c.UnitCode,
                    UnitName = unit?.Name ?? "",
                    Level = unit?.Level ?? "",
                    ProvinceCode = unit?.ProvinceCode,
                    Kind = c.Kind.ToString(),
                    KindName = Wording.Get($"Campaign.Kind.{c.Kind}", Wording.Vietnamese),
                    StartDate = c.StartDate,
                    EndDate = c.EndDate,
                    StructureOn = c.StructureOn,
                    Themes = string.Join('\n', c.Themes),
                    Messages = string.Join('\n', c.Messages),
                    Audiences = string.Join(',', c.Audiences.Select(a => a.Code)),
                    Forms = string.Join(',', c.Forms.Select(f => f.Code)),
                    Quotas = x.Quotas,
                    Note = c.Note,
                    Source = c.Source,
                };
            }).ToList();
            rows.Sort(CampaignKey);
            return SharedTexts.Share(rows);
        }, cancellationToken);

    /// <summary>Every landed campaign quota, with its campaign's and quota's codes, its unit's name and province, and
    /// a province's re-base reason.</summary>
    public Task<List<CampaignQuotaRow>> CampaignQuotasAsync(CancellationToken cancellationToken) =>
        Rows("CampaignQuotas", async token =>
        {
            var units = (await UnitsAsync(token)).ToDictionary(u => u.Id);
            var landed = await db.CampaignUnitQuotas.AsNoTracking()
                .Join(db.Set<CampaignQuota>(), q => q.QuotaId, d => d.Id, (q, d) => new { q, d })
                .Select(x => new
                {
                    Row = x.q,
                    Campaign = db.Campaigns.Where(c => c.Id == x.q.CampaignId).Select(c => c.Code).Single(),
                    x.d.Code,
                    x.d.Measure,
                    x.d.WindowStart,
                    x.d.WindowEnd,
                })
                .ToListAsync(token);
            var rebases = await db.CampaignRebases.AsNoTracking()
                .Select(r => new { r.QuotaId, r.ProvinceId, r.Reason })
                .ToListAsync(token);
            var reasons = rebases.ToDictionary(r => (r.QuotaId, r.ProvinceId), r => r.Reason);
            var rows = landed.Select(x =>
            {
                var q = x.Row;
                var unit = units.GetValueOrDefault(q.UnitId);
                return new CampaignQuotaRow
                {
                    Id = q.Id,
                    CampaignCode = x.Campaign,
                    QuotaCode = x.Code,
                    Measure = x.Measure,
                    MeasureName = Wording.Get($"CampaignMeasure.{x.Measure}", Wording.Vietnamese),
                    UnitCode = q.UnitCode,
                    UnitName = unit?.Name ?? "",
                    Level = q.Level.ToString(),
                    ParentUnitCode = q.ParentUnitCode,
                    ProvinceCode = unit?.ProvinceCode,
                    BasisLevel = q.BasisLevel.ToString(),
                    UnitCount = q.UnitCount,
                    Floor = q.Floor,
                    Stretch = q.Stretch,
                    MissingData = q.MissingData,
                    MissingReason = q.MissingReason,
                    RuleName = q.RuleName,
                    RuleVersion = q.RuleVersion,
                    WindowStart = x.WindowStart,
                    WindowEnd = x.WindowEnd,
                    RebaseReason = reasons.GetValueOrDefault((q.QuotaId, q.UnitId)),
                };
            }).ToList();
            rows.Sort(CampaignQuotaKey);
            return SharedTexts.Share(rows);
        }, cancellationToken);

    /// <summary>
    /// True when a request follows navigation properties (<c>$expand</c>, or a path such as <c>Unit/Name</c> in
    /// <c>$filter</c>, <c>$orderby</c> or <c>$apply</c>): only then are the rows linked to the rows of the other sets.
    /// </summary>
    public static bool FollowsLinks(HttpRequest request) =>
        KeyOrderedPaging.Option(request, "$expand").Length > 0
        || LinkOptions.Any(option => KeyOrderedPaging.Option(request, option).Contains('/', StringComparison.Ordinal));

    // A plan lists its targets and a target names its plan: the two are linked together, on rows of their own.
    private Task<PlansAndTargets> LinkedPlansAndTargetsAsync(CancellationToken cancellationToken) =>
        cache.GetAsync(unitOfWork, "Plans/PlansAndTargets", PlansOnly, async token =>
        {
            var units = (await UnitsAsync(token)).ToDictionary(u => u.Id);
            var indicators = (await IndicatorsAsync(token)).ToDictionary(i => i.Code, StringComparer.Ordinal);
            var plans = await Read(db.PlanRows, PlanKey, token);
            var byId = plans.ToDictionary(p => p.Id);
            plans.ForEach(p => p.Unit = units.GetValueOrDefault(p.UnitId));
            var targets = await Read(db.TargetRows, TargetKey, token);
            foreach (var target in targets)
            {
                target.Indicator = indicators.GetValueOrDefault(target.IndicatorCode);
                if (byId.TryGetValue(target.PlanId, out var plan))
                {
                    target.Plan = plan;
                    plan.Targets.Add(target);
                }
            }

            return new PlansAndTargets(plans, targets);
        }, cancellationToken);

    /// <summary>
    /// The rows of a set linked once per state of the module: the links are set on the same rows (a page written flat
    /// never reads them), under an entry of their own, so a plain walk never waits for them.
    /// </summary>
    private Task<List<T>> Linked<T>(
        string set,
        Func<CancellationToken, Task<List<T>>> read,
        Func<List<T>, CancellationToken, Task> link,
        CancellationToken cancellationToken
    ) =>
        cache.GetAsync(
            unitOfWork,
            $"Plans/{set}/linked",
            PlansOnly,
            async token =>
            {
                // Read again inside: the rows are then at least as new as the counters this entry is kept under.
                var rows = await read(token);
                await link(rows, token);
                return rows;
            },
            cancellationToken
        );

    private Task<List<T>> Rows<T>(
        string set,
        Func<CancellationToken, Task<List<T>>> load,
        CancellationToken cancellationToken
    ) => cache.GetAsync(unitOfWork, "Plans/" + set, PlansOnly, load, cancellationToken);

    /// <summary>A view whole, for every caller (the read models' scope filters are for queries made per caller), in key
    /// order.</summary>
    private static async Task<List<T>> Read<T>(IQueryable<T> view, FeedKey<T> key, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await view.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        rows.Sort(key);
        return SharedTexts.Share(rows);
    }

    private sealed record PlansAndTargets(List<PlanRow> Plans, List<TargetRow> Targets);
}
