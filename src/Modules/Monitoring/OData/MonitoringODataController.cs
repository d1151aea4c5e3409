using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.OData;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts.ReadModels;
using Platform.Monitoring.ReadModel;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.OData;

/// <summary>
/// The Monitoring entity sets of the feed at <c>/odata</c>. <c>ActivityReports</c> is a database query (filters and
/// paging run as SQL); <c>IndicatorActuals</c>, <c>Progress</c> and <c>ReportingDeadlines</c> are computed as of today
/// (or <c>?asOf=yyyy-MM-dd</c>) for every year with obligations or activities, kept while the database does not change,
/// and queried in memory (see docs/odata.md).
/// Public because MVC only finds public controllers; it exposes nothing but read models.
/// </summary>
/// <remarks>
/// Every set is held to the caller's unit scope (by each row's unit and province) before the query options apply, so
/// <c>$filter</c>, <c>$apply</c>, <c>$count</c> and nextLink see only the caller's rows, and a key outside the scope
/// answers 404. The computed sets are kept for every caller alike, so they are computed without the caller and
/// filtered here, per request. The rows have no navigation properties, so <c>$expand</c> reaches nothing else.
/// </remarks>
[Route(ODataLimits.RoutePrefix)]
[Authorize(Policy = PlatformPolicies.Read)]
public sealed class MonitoringODataController(ICurrentCaller caller) : ODataController
{
    public const string ActivityReports = nameof(ActivityReports);
    public const string IndicatorActuals = nameof(IndicatorActuals);
    public const string IndicatorActualsOnUnits = nameof(IndicatorActualsOnUnits);
    public const string Progress = nameof(Progress);
    public const string ReportingDeadlines = nameof(ReportingDeadlines);

    // The computed sets are LINQ to Objects: null propagation keeps contains(ParentUnitCode,'…') on a null from
    // throwing (EF Core needs none, so ActivityReports keeps the platform's default).

    /// <summary>
    /// The custom query option <c>asOf=yyyy-MM-dd</c> of the computed sets (today when absent): Power Query keeps it in
    /// every nextLink, so a whole walk is computed as of the same date.
    /// </summary>
    private DateOnly? AsOf
    {
        get
        {
            if (!Request.Query.TryGetValue("asOf", out var values))
            {
                return null;
            }

            return DateOnly.TryParseExact(values.ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                && date.Year is >= 2000 and <= 2100
                ? date
                : throw new ODataQueryException(HttpContext.RequestServices.GetRequiredService<IStringLocalizer<MonitoringTexts>>()["OData.AsOfInvalid", values.ToString()]);
        }
    }

    // The read model is internal to the module, so it cannot appear in a public constructor.
    private MonitoringReadModel ReadModel => HttpContext.RequestServices.GetRequiredService<MonitoringReadModel>();

    private IQueryable<ActivityReportRow> Activities => caller.Scope.Filter(ReadModel.ActivityReports(), a => a.UnitCode, a => a.ProvinceCode);

    [PlatformQuery]
    [HttpGet(ActivityReports)]
    [HttpGet(ActivityReports + "/$count")]
    public IQueryable<ActivityReportRow> GetActivityReports() => Activities;

    [PlatformQuery]
    [HttpGet(ActivityReports + "({key})")]
    public SingleResult<ActivityReportRow> GetActivityReport(int key) => SingleResult.Create(Activities.Where(a => a.Id == key));

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(IndicatorActuals)]
    [HttpGet(IndicatorActuals + "/$count")]
    public async Task<IQueryable<IndicatorActualRow>> GetIndicatorActuals() =>
        KeyOrderedPaging.Page(Request, await ReadModel.AllIndicatorActualsAsync(AsOf, HttpContext.RequestAborted), nameof(IndicatorActualRow.Id), a => a.Id,
            a => caller.Scope.Covers(a.UnitCode, a.ProvinceCode));

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(IndicatorActualsOnUnits)]
    [HttpGet(IndicatorActualsOnUnits + "/$count")]
    public async Task<IQueryable<IndicatorActualOnUnitRow>> GetIndicatorActualsOnUnits() =>
        KeyOrderedPaging.Page(Request, await ReadModel.AllIndicatorActualsOnUnitsAsync(AsOf, HttpContext.RequestAborted), nameof(IndicatorActualOnUnitRow.Id), a => a.Id,
            a => caller.Scope.Covers(a.UnitCode, a.ProvinceCode));

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(Progress)]
    [HttpGet(Progress + "/$count")]
    public async Task<IQueryable<ProgressReadRow>> GetProgress() =>
        KeyOrderedPaging.Page(Request, await ReadModel.AllProgressAsync(AsOf, HttpContext.RequestAborted), nameof(ProgressReadRow.ObligationId), p => p.ObligationId,
            p => caller.Scope.Covers(p.UnitCode, p.ProvinceCode));

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(ReportingDeadlines)]
    [HttpGet(ReportingDeadlines + "/$count")]
    public async Task<IQueryable<ReportingDeadlineRow>> GetReportingDeadlines() =>
        KeyOrderedPaging.Page(Request, await ReadModel.AllReportingDeadlinesAsync(AsOf, HttpContext.RequestAborted), nameof(ReportingDeadlineRow.Id), d => d.Id,
            d => caller.Scope.Covers(d.UnitCode, d.ProvinceCode));

    // A key of a computed set is read from the same rows, in the caller's scope: outside it, or unknown, answers 404.

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(IndicatorActuals + "({key})")]
    public async Task<SingleResult<IndicatorActualRow>> GetIndicatorActual(int key) =>
        One((await ReadModel.AllIndicatorActualsAsync(AsOf, HttpContext.RequestAborted)).Where(a => a.Id == key && caller.Scope.Covers(a.UnitCode, a.ProvinceCode)));

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(IndicatorActualsOnUnits + "({key})")]
    public async Task<SingleResult<IndicatorActualOnUnitRow>> GetIndicatorActualOnUnits(int key) =>
        One((await ReadModel.AllIndicatorActualsOnUnitsAsync(AsOf, HttpContext.RequestAborted)).Where(a => a.Id == key && caller.Scope.Covers(a.UnitCode, a.ProvinceCode)));

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(Progress + "({key})")]
    public async Task<SingleResult<ProgressReadRow>> GetProgressOf(int key) =>
        One((await ReadModel.AllProgressAsync(AsOf, HttpContext.RequestAborted)).Where(p => p.ObligationId == key && caller.Scope.Covers(p.UnitCode, p.ProvinceCode)));

    [PlatformQuery(HandleNullPropagation = HandleNullPropagationOption.True)]
    [HttpGet(ReportingDeadlines + "({key})")]
    public async Task<SingleResult<ReportingDeadlineRow>> GetReportingDeadline(int key) =>
        One((await ReadModel.AllReportingDeadlinesAsync(AsOf, HttpContext.RequestAborted)).Where(d => d.Id == key && caller.Scope.Covers(d.UnitCode, d.ProvinceCode)));

    private static SingleResult<T> One<T>(IEnumerable<T> rows) => SingleResult.Create(rows.Take(1).ToList().AsQueryable());
}
