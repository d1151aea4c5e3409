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
[Route(ODataLimits.RoutePrefix)]
[Authorize(Policy = PlatformPolicies.Read)]
public sealed class PlansODataController : ODataController
{
    public const string AdministrativeUnits = nameof(AdministrativeUnits);
    public const string UnitStatistics = nameof(UnitStatistics);
    public const string Indicators = nameof(Indicators);
    public const string Plans = nameof(Plans);
    public const string Targets = nameof(Targets);
    public const string Obligations = nameof(Obligations);

    // The DbContext is internal to the module, so it cannot appear in a public constructor.
    private PlansDbContext Db => HttpContext.RequestServices.GetRequiredService<PlansDbContext>();

    [PlatformQuery]
    [HttpGet(AdministrativeUnits)]
    [HttpGet(AdministrativeUnits + "/$count")]
    public IQueryable<AdministrativeUnitRow> GetAdministrativeUnits() => Db.UnitRows.AsNoTracking();

    [PlatformQuery]
    [HttpGet(AdministrativeUnits + "({key})")]
    public SingleResult<AdministrativeUnitRow> GetAdministrativeUnit(int key) => SingleResult.Create(Db.UnitRows.AsNoTracking().Where(u => u.Id == key));

    [PlatformQuery]
    [HttpGet(UnitStatistics)]
    [HttpGet(UnitStatistics + "/$count")]
    public IQueryable<UnitStatisticRow> GetUnitStatistics() => Db.StatisticRows.AsNoTracking();

    [PlatformQuery]
    [HttpGet(UnitStatistics + "({key})")]
    public SingleResult<UnitStatisticRow> GetUnitStatistic(int key) => SingleResult.Create(Db.StatisticRows.AsNoTracking().Where(s => s.Id == key));

    [PlatformQuery]
    [HttpGet(Indicators)]
    [HttpGet(Indicators + "/$count")]
    public IQueryable<IndicatorRow> GetIndicators() => Db.Indicators.AsNoTracking();

    [PlatformQuery]
    [HttpGet(Indicators + "({key})")]
    public SingleResult<IndicatorRow> GetIndicator(string key) => SingleResult.Create(Db.Indicators.AsNoTracking().Where(i => i.Code == key));

    [PlatformQuery]
    [HttpGet(Plans)]
    [HttpGet(Plans + "/$count")]
    public IQueryable<PlanRow> GetPlans() => Db.PlanRows.AsNoTracking();

    [PlatformQuery]
    [HttpGet(Plans + "({key})")]
    public SingleResult<PlanRow> GetPlan(int key) => SingleResult.Create(Db.PlanRows.AsNoTracking().Where(p => p.Id == key));

    [PlatformQuery]
    [HttpGet(Targets)]
    [HttpGet(Targets + "/$count")]
    public IQueryable<TargetRow> GetTargets() => Db.TargetRows.AsNoTracking();

    [PlatformQuery]
    [HttpGet(Targets + "({key})")]
    public SingleResult<TargetRow> GetTarget(int key) => SingleResult.Create(Db.TargetRows.AsNoTracking().Where(t => t.Id == key));

    [PlatformQuery]
    [HttpGet(Obligations)]
    [HttpGet(Obligations + "/$count")]
    public IQueryable<ObligationRow> GetObligations() => Db.ObligationRows.AsNoTracking();

    [PlatformQuery]
    [HttpGet(Obligations + "({key})")]
    public SingleResult<ObligationRow> GetObligation(int key) => SingleResult.Create(Db.ObligationRows.AsNoTracking().Where(o => o.Id == key));
}
