using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.OData;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.ReadModels;
using Platform.Plans.Persistence;

namespace Platform.Plans.OData;

/// <summary>
/// The Plans entity sets of the feed at <c>/odata</c>, over the read-model views. Public because MVC only finds
/// public controllers; it exposes nothing but read models.
/// </summary>
/// <remarks>
/// Every set but the indicator catalogue is held to the caller's unit scope here, before the query options apply, so
/// <c>$filter</c>, <c>$apply</c>, <c>$count</c> and nextLink see only the caller's rows; a key outside the scope
/// answers 404. The read models' query filters in <see cref="PlansDbContext"/> apply the same test to whatever
/// <c>$expand</c> reaches.
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
    public const string Plans = nameof(Plans);
    public const string Targets = nameof(Targets);
    public const string Obligations = nameof(Obligations);

    // The DbContext is internal to the module, so it cannot appear in a public constructor.
    private PlansDbContext Db => HttpContext.RequestServices.GetRequiredService<PlansDbContext>();

    private IQueryable<AdministrativeUnitRow> Units => caller.Scope.Filter(Db.UnitRows.AsNoTracking(), u => u.Code, u => u.ProvinceCode);

    private IQueryable<UnitStatisticRow> Statistics => caller.Scope.Filter(Db.StatisticRows.AsNoTracking(), s => s.UnitCode, s => s.ProvinceCode);

    // Held to the scope by the new unit: a province sees where its units came from.
    private IQueryable<UnitLineageRow> LineageRows => caller.Scope.Filter(Db.LineageRows.AsNoTracking(), l => l.NewCode, l => l.NewProvinceCode);

    private IQueryable<StatisticOnUnitRow> StatisticsOnUnits => caller.Scope.Filter(Db.StatisticOnUnitRows.AsNoTracking(), s => s.UnitCode, s => s.ProvinceCode);

    private IQueryable<PlanRow> PlanRows => caller.Scope.Filter(Db.PlanRows.AsNoTracking(), p => p.UnitCode, p => p.ProvinceCode);

    private IQueryable<TargetRow> TargetRows => caller.Scope.Filter(Db.TargetRows.AsNoTracking(), t => t.UnitCode, t => t.ProvinceCode);

    private IQueryable<ObligationRow> ObligationRows => caller.Scope.Filter(Db.ObligationRows.AsNoTracking(), o => o.UnitCode, o => o.ProvinceCode);

    [PlatformQuery]
    [SqliteFeed(ReadModelViews.Units, UnitCodeColumn = "Code", ProvinceCodeColumn = "ProvinceCode")]
    [HttpGet(AdministrativeUnits)]
    [HttpGet(AdministrativeUnits + "/$count")]
    public IQueryable<AdministrativeUnitRow> GetAdministrativeUnits() => Units;

    [PlatformQuery]
    [HttpGet(AdministrativeUnits + "({key})")]
    public SingleResult<AdministrativeUnitRow> GetAdministrativeUnit(int key) => SingleResult.Create(Units.Where(u => u.Id == key));

    [PlatformQuery]
    [SqliteFeed(ReadModelViews.UnitStatistics, UnitCodeColumn = "UnitCode", ProvinceCodeColumn = "ProvinceCode")]
    [HttpGet(UnitStatistics)]
    [HttpGet(UnitStatistics + "/$count")]
    public IQueryable<UnitStatisticRow> GetUnitStatistics() => Statistics;

    [PlatformQuery]
    [HttpGet(UnitStatistics + "({key})")]
    public SingleResult<UnitStatisticRow> GetUnitStatistic(int key) => SingleResult.Create(Statistics.Where(s => s.Id == key));

    [PlatformQuery]
    [HttpGet(UnitLineage)]
    [HttpGet(UnitLineage + "/$count")]
    public IQueryable<UnitLineageRow> GetUnitLineage() => LineageRows;

    [PlatformQuery]
    [HttpGet(UnitLineage + "({key})")]
    public SingleResult<UnitLineageRow> GetUnitLineageLink(int key) => SingleResult.Create(LineageRows.Where(l => l.Id == key));

    /// <summary>Every unit version's figures, its own or re-aggregated from its predecessors (ADR 0019): filter on <c>ValidTo eq null</c> for today's units.</summary>
    [PlatformQuery]
    [HttpGet(UnitStatisticsOnUnits)]
    [HttpGet(UnitStatisticsOnUnits + "/$count")]
    public IQueryable<StatisticOnUnitRow> GetUnitStatisticsOnUnits() => StatisticsOnUnits;

    [PlatformQuery]
    [HttpGet(UnitStatisticsOnUnits + "({key})")]
    public SingleResult<StatisticOnUnitRow> GetUnitStatisticOnUnit(string key) => SingleResult.Create(StatisticsOnUnits.Where(s => s.Key == key));

    [PlatformQuery]
    [HttpGet(Indicators)]
    [HttpGet(Indicators + "/$count")]
    public IQueryable<IndicatorRow> GetIndicators() => Db.Indicators.AsNoTracking();

    [PlatformQuery]
    [HttpGet(Indicators + "({key})")]
    public SingleResult<IndicatorRow> GetIndicator(string key) => SingleResult.Create(Db.Indicators.AsNoTracking().Where(i => i.Code == key));

    [PlatformQuery]
    [SqliteFeed(ReadModelViews.Plans, UnitCodeColumn = "UnitCode", ProvinceCodeColumn = "ProvinceCode")]
    [HttpGet(Plans)]
    [HttpGet(Plans + "/$count")]
    public IQueryable<PlanRow> GetPlans() => PlanRows;

    [PlatformQuery]
    [HttpGet(Plans + "({key})")]
    public SingleResult<PlanRow> GetPlan(int key) => SingleResult.Create(PlanRows.Where(p => p.Id == key));

    [PlatformQuery]
    [SqliteFeed(ReadModelViews.Targets, UnitCodeColumn = "UnitCode", ProvinceCodeColumn = "ProvinceCode")]
    [HttpGet(Targets)]
    [HttpGet(Targets + "/$count")]
    public IQueryable<TargetRow> GetTargets() => TargetRows;

    [PlatformQuery]
    [HttpGet(Targets + "({key})")]
    public SingleResult<TargetRow> GetTarget(int key) => SingleResult.Create(TargetRows.Where(t => t.Id == key));

    [PlatformQuery]
    [SqliteFeed(ReadModelViews.Obligations, UnitCodeColumn = "UnitCode", ProvinceCodeColumn = "ProvinceCode")]
    [HttpGet(Obligations)]
    [HttpGet(Obligations + "/$count")]
    public IQueryable<ObligationRow> GetObligations() => ObligationRows;

    [PlatformQuery]
    [HttpGet(Obligations + "({key})")]
    public SingleResult<ObligationRow> GetObligation(int key) => SingleResult.Create(ObligationRows.Where(o => o.Id == key));
}
