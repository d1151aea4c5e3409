using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Platform.Feed;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Cascade.Rules;
using Platform.Plans.Contracts.ReadModels;

namespace Platform.Plans.OData;

/// <summary>
/// The Plans entity sets of the feed at <c>/odata</c>, over the read-model views read through the feed's one path
/// (<see cref="PlansFeed"/>). Public because MVC only finds public controllers; it exposes nothing but read models.
/// </summary>
/// <remarks>
/// Every set but the indicator catalogue and the rules is held to the caller's unit scope here, before the query
/// options apply, so <c>$filter</c>, <c>$apply</c>, <c>$count</c> and nextLink see only the caller's rows; a key
/// outside the scope answers 404. <c>$expand</c> follows navigations that join rows of the same unit, so it stays in
/// the scope.
/// </remarks>
[Route(ODataLimits.RoutePrefix)]
[Authorize(Policy = PlatformPolicies.Read)]
public sealed class PlansODataController(ICurrentCaller caller) : ODataController
{
    public const string AdministrativeUnits = nameof(AdministrativeUnits);
    public const string UnitStatistics = nameof(UnitStatistics);
    public const string UnitLineage = nameof(UnitLineage);
    public const string UnitStatisticsOnUnits = nameof(UnitStatisticsOnUnits);
    public const string Indicators = nameof(Indicators);
    public const string Rules = nameof(Rules);
    public const string Plans = nameof(Plans);
    public const string Targets = nameof(Targets);
    public const string Obligations = nameof(Obligations);
    public const string Campaigns = nameof(Campaigns);
    public const string CampaignQuotas = nameof(CampaignQuotas);

    // The feed's rows are internal to the module, so they cannot appear in a public constructor.
    private PlansFeed Feed => HttpContext.RequestServices.GetRequiredService<PlansFeed>();

    private CancellationToken Aborted => HttpContext.RequestAborted;

    private bool Links => PlansFeed.FollowsLinks(Request);

    [PlatformQuery]
    [HttpGet(AdministrativeUnits)]
    [HttpGet(AdministrativeUnits + "/$count")]
    public async Task<IQueryable<AdministrativeUnitRow>> GetAdministrativeUnits() =>
        KeyOrderedPaging.Page(Request, await Feed.UnitsAsync(Aborted), PlansFeed.UnitKey, u =>
            caller.Scope.Covers(u.Code, u.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(AdministrativeUnits + "({key})")]
    public async Task<SingleResult<AdministrativeUnitRow>> GetAdministrativeUnit(int key) =>
        FeedQuery.SingleResult(
            (await Feed.UnitsAsync(Aborted)).Where(u => u.Id == key && caller.Scope.Covers(u.Code, u.ProvinceCode))
        );

    [PlatformQuery]
    [HttpGet(UnitStatistics)]
    [HttpGet(UnitStatistics + "/$count")]
    public async Task<IQueryable<UnitStatisticRow>> GetUnitStatistics() =>
        KeyOrderedPaging.Page(Request, await Feed.StatisticsAsync(Links, Aborted), PlansFeed.StatisticKey, s =>
            caller.Scope.Covers(s.UnitCode, s.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(UnitStatistics + "({key})")]
    public async Task<SingleResult<UnitStatisticRow>> GetUnitStatistic(int key) =>
        FeedQuery.SingleResult(
            (await Feed.StatisticsAsync(Links, Aborted)).Where(s =>
                s.Id == key && caller.Scope.Covers(s.UnitCode, s.ProvinceCode)
            )
        );

    // Held to the scope by the new unit: a province sees where its units came from.
    [PlatformQuery]
    [HttpGet(UnitLineage)]
    [HttpGet(UnitLineage + "/$count")]
    public async Task<IQueryable<UnitLineageRow>> GetUnitLineage() =>
        KeyOrderedPaging.Page(Request, await Feed.LineageAsync(Aborted), PlansFeed.LineageKey, l =>
            caller.Scope.Covers(l.NewCode, l.NewProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(UnitLineage + "({key})")]
    public async Task<SingleResult<UnitLineageRow>> GetUnitLineageLink(int key) =>
        FeedQuery.SingleResult(
            (await Feed.LineageAsync(Aborted)).Where(l =>
                l.Id == key && caller.Scope.Covers(l.NewCode, l.NewProvinceCode)
            )
        );

    /// <summary>Every unit version's figures, its own or re-aggregated from its predecessors (ADR 0019): filter on
    /// <c>ValidTo eq null</c> for today's units.</summary>
    [PlatformQuery]
    [HttpGet(UnitStatisticsOnUnits)]
    [HttpGet(UnitStatisticsOnUnits + "/$count")]
    public async Task<IQueryable<StatisticOnUnitRow>> GetUnitStatisticsOnUnits() =>
        KeyOrderedPaging.Page(Request, await Feed.StatisticsOnUnitsAsync(Aborted), PlansFeed.StatisticOnUnitKey, s =>
            caller.Scope.Covers(s.UnitCode, s.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(UnitStatisticsOnUnits + "({key})")]
    public async Task<SingleResult<StatisticOnUnitRow>> GetUnitStatisticOnUnit(string key) =>
        FeedQuery.SingleResult(
            (await Feed.StatisticsOnUnitsAsync(Aborted)).Where(s =>
                s.Key == key && caller.Scope.Covers(s.UnitCode, s.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(Indicators)]
    [HttpGet(Indicators + "/$count")]
    public async Task<IQueryable<IndicatorRow>> GetIndicators() =>
        KeyOrderedPaging.Page(Request, await Feed.IndicatorsAsync(Aborted), PlansFeed.IndicatorKey, _ => true);

    [PlatformQuery]
    [HttpGet(Indicators + "({key})")]
    public async Task<SingleResult<IndicatorRow>> GetIndicator(string key) =>
        FeedQuery.SingleResult((await Feed.IndicatorsAsync(Aborted)).Where(i => i.Code == key));

    /// <summary>The cascade's rules, from the compiled rule set: which rule produced a figure, in words.</summary>
    [PlatformQuery]
    [HttpGet(Rules)]
    [HttpGet(Rules + "/$count")]
    public IQueryable<RuleRow> GetRules() =>
        KeyOrderedPaging.Page(Request, CascadeRules.Rows, PlansFeed.RuleKey, _ => true);

    [PlatformQuery]
    [HttpGet(Rules + "({key})")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An MVC action.")]
    public SingleResult<RuleRow> GetRule(string key) =>
        FeedQuery.SingleResult(CascadeRules.Rows.Where(r => r.Name == key));

    [PlatformQuery]
    [HttpGet(Plans)]
    [HttpGet(Plans + "/$count")]
    public async Task<IQueryable<PlanRow>> GetPlans() =>
        KeyOrderedPaging.Page(Request, await Feed.PlansAsync(Links, Aborted), PlansFeed.PlanKey, p =>
            caller.Scope.Covers(p.UnitCode, p.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(Plans + "({key})")]
    public async Task<SingleResult<PlanRow>> GetPlan(int key) =>
        FeedQuery.SingleResult(
            (await Feed.PlansAsync(Links, Aborted)).Where(p =>
                p.Id == key && caller.Scope.Covers(p.UnitCode, p.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(Targets)]
    [HttpGet(Targets + "/$count")]
    public async Task<IQueryable<TargetRow>> GetTargets() =>
        KeyOrderedPaging.Page(Request, await Feed.TargetsAsync(Links, Aborted), PlansFeed.TargetKey, t =>
            caller.Scope.Covers(t.UnitCode, t.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(Targets + "({key})")]
    public async Task<SingleResult<TargetRow>> GetTarget(int key) =>
        FeedQuery.SingleResult(
            (await Feed.TargetsAsync(Links, Aborted)).Where(t =>
                t.Id == key && caller.Scope.Covers(t.UnitCode, t.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(Obligations)]
    [HttpGet(Obligations + "/$count")]
    public async Task<IQueryable<ObligationRow>> GetObligations() =>
        KeyOrderedPaging.Page(Request, await Feed.ObligationsAsync(Links, Aborted), PlansFeed.ObligationKey, o =>
            caller.Scope.Covers(o.UnitCode, o.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(Obligations + "({key})")]
    public async Task<SingleResult<ObligationRow>> GetObligation(int key) =>
        FeedQuery.SingleResult(
            (await Feed.ObligationsAsync(Links, Aborted)).Where(o =>
                o.Id == key && caller.Scope.Covers(o.UnitCode, o.ProvinceCode)
            )
        );

    /// <summary>The campaigns a caller may read, as the API reads them: those of its units and those of the units
    /// above it (the nation's, and a commune's province's).</summary>
    [PlatformQuery]
    [HttpGet(Campaigns)]
    [HttpGet(Campaigns + "/$count")]
    public async Task<IQueryable<CampaignRow>> GetCampaigns()
    {
        var readable = await ReadableCampaignAsync();
        return KeyOrderedPaging.Page(Request, await Feed.CampaignsAsync(Aborted), PlansFeed.CampaignKey, readable);
    }

    [PlatformQuery]
    [HttpGet(Campaigns + "({key})")]
    public async Task<SingleResult<CampaignRow>> GetCampaign(int key)
    {
        var readable = await ReadableCampaignAsync();
        return FeedQuery.SingleResult((await Feed.CampaignsAsync(Aborted)).Where(c => c.Id == key && readable(c)));
    }

    [PlatformQuery]
    [HttpGet(CampaignQuotas)]
    [HttpGet(CampaignQuotas + "/$count")]
    public async Task<IQueryable<CampaignQuotaRow>> GetCampaignQuotas() =>
        KeyOrderedPaging.Page(Request, await Feed.CampaignQuotasAsync(Aborted), PlansFeed.CampaignQuotaKey, q =>
            caller.Scope.Covers(q.UnitCode, q.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(CampaignQuotas + "({key})")]
    public async Task<SingleResult<CampaignQuotaRow>> GetCampaignQuota(int key) =>
        FeedQuery.SingleResult(
            (await Feed.CampaignQuotasAsync(Aborted)).Where(q =>
                q.Id == key && caller.Scope.Covers(q.UnitCode, q.ProvinceCode)
            )
        );

    private async Task<Func<CampaignRow, bool>> ReadableCampaignAsync()
    {
        var scope = caller.Scope;
        if (scope.IsNation)
        {
            return _ => true;
        }

        // A commune's province: the province of its unit in force today.
        var province = (await Feed.UnitsAsync(Aborted))
            .FirstOrDefault(u => u.Code == scope.UnitCode && u.ValidTo is null)?.ProvinceCode;
        return c => c.Level == nameof(Contracts.UnitLevel.Nation)
            || c.UnitCode == province
            || scope.Covers(c.UnitCode, c.ProvinceCode);
    }
}
