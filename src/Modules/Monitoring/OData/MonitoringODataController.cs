using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Results;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Platform.Feed;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts.ReadModels;
using Platform.Monitoring.ReadModel;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.OData;

/// <summary>
/// The Monitoring entity sets of the feed at <c>/odata</c>, read through the feed's one path (<see cref="FeedRows"/>):
/// <c>ActivityReports</c> every activity; <c>IndicatorActuals</c>, <c>Progress</c> and <c>ReportingDeadlines</c>
/// computed as of today (or <c>?asOf=yyyy-MM-dd</c>) for every year with obligations or activities; each kept while the
/// modules it reads do not change, and queried in memory (see docs/odata.md).
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
    public const string CampaignProgress = nameof(CampaignProgress);

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

            return
                DateOnly.TryParseExact(
                    values.ToString(),
                    "yyyy-MM-dd",
                    System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None,
                    out var date
                ) && date.Year is >= 2000 and <= 2100
                ? date
                : throw new ODataQueryException(
                    HttpContext.RequestServices.GetRequiredService<IStringLocalizer<MonitoringTexts>>()[
                        "OData.AsOfInvalid",
                        values.ToString()
                    ]
                );
        }
    }

    // The read model is internal to the module, so it cannot appear in a public constructor.
    private MonitoringReadModel ReadModel => HttpContext.RequestServices.GetRequiredService<MonitoringReadModel>();

    [PlatformQuery]
    [HttpGet(ActivityReports)]
    [HttpGet(ActivityReports + "/$count")]
    public async Task<IQueryable<ActivityReportRow>> GetActivityReports() =>
        KeyOrderedPaging.Page(
            Request,
            await ReadModel.AllActivityReportsAsync(HttpContext.RequestAborted),
            new FeedKey<ActivityReportRow>(nameof(ActivityReportRow.Id), a => a.Id),
            a => caller.Scope.Covers(a.UnitCode, a.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(ActivityReports + "({key})")]
    public async Task<SingleResult<ActivityReportRow>> GetActivityReport(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllActivityReportsAsync(HttpContext.RequestAborted)).Where(a =>
                a.Id == key && caller.Scope.Covers(a.UnitCode, a.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(IndicatorActuals)]
    [HttpGet(IndicatorActuals + "/$count")]
    public async Task<IQueryable<IndicatorActualRow>> GetIndicatorActuals() =>
        KeyOrderedPaging.Page(
            Request,
            await ReadModel.AllIndicatorActualsAsync(AsOf, HttpContext.RequestAborted),
            new FeedKey<IndicatorActualRow>(nameof(IndicatorActualRow.Id), a => a.Id),
            a => caller.Scope.Covers(a.UnitCode, a.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(IndicatorActualsOnUnits)]
    [HttpGet(IndicatorActualsOnUnits + "/$count")]
    public async Task<IQueryable<IndicatorActualOnUnitRow>> GetIndicatorActualsOnUnits() =>
        KeyOrderedPaging.Page(
            Request,
            await ReadModel.AllIndicatorActualsOnUnitsAsync(AsOf, HttpContext.RequestAborted),
            new FeedKey<IndicatorActualOnUnitRow>(nameof(IndicatorActualOnUnitRow.Id), a => a.Id),
            a => caller.Scope.Covers(a.UnitCode, a.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(Progress)]
    [HttpGet(Progress + "/$count")]
    public async Task<IQueryable<ProgressReadRow>> GetProgress() =>
        KeyOrderedPaging.Page(
            Request,
            await ReadModel.AllProgressAsync(AsOf, HttpContext.RequestAborted),
            new FeedKey<ProgressReadRow>(nameof(ProgressReadRow.ObligationId), p => p.ObligationId),
            p => caller.Scope.Covers(p.UnitCode, p.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(ReportingDeadlines)]
    [HttpGet(ReportingDeadlines + "/$count")]
    public async Task<IQueryable<ReportingDeadlineRow>> GetReportingDeadlines() =>
        KeyOrderedPaging.Page(
            Request,
            await ReadModel.AllReportingDeadlinesAsync(AsOf, HttpContext.RequestAborted),
            new FeedKey<ReportingDeadlineRow>(nameof(ReportingDeadlineRow.Id), d => d.Id),
            d => caller.Scope.Covers(d.UnitCode, d.ProvinceCode)
        );

    // A key of a computed set is read from the same rows, in the caller's scope: outside it, or unknown, answers 404.

    [PlatformQuery]
    [HttpGet(IndicatorActuals + "({key})")]
    public async Task<SingleResult<IndicatorActualRow>> GetIndicatorActual(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllIndicatorActualsAsync(AsOf, HttpContext.RequestAborted)).Where(a =>
                a.Id == key && caller.Scope.Covers(a.UnitCode, a.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(IndicatorActualsOnUnits + "({key})")]
    public async Task<SingleResult<IndicatorActualOnUnitRow>> GetIndicatorActualOnUnits(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllIndicatorActualsOnUnitsAsync(AsOf, HttpContext.RequestAborted)).Where(a =>
                a.Id == key && caller.Scope.Covers(a.UnitCode, a.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(Progress + "({key})")]
    public async Task<SingleResult<ProgressReadRow>> GetProgressOf(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllProgressAsync(AsOf, HttpContext.RequestAborted)).Where(p =>
                p.ObligationId == key && caller.Scope.Covers(p.UnitCode, p.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(ReportingDeadlines + "({key})")]
    public async Task<SingleResult<ReportingDeadlineRow>> GetReportingDeadline(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllReportingDeadlinesAsync(AsOf, HttpContext.RequestAborted)).Where(d =>
                d.Id == key && caller.Scope.Covers(d.UnitCode, d.ProvinceCode)
            )
        );

    [PlatformQuery]
    [HttpGet(CampaignProgress)]
    [HttpGet(CampaignProgress + "/$count")]
    public async Task<IQueryable<CampaignProgressRow>> GetCampaignProgress() =>
        KeyOrderedPaging.Page(
            Request,
            await ReadModel.AllCampaignProgressAsync(AsOf, HttpContext.RequestAborted),
            new FeedKey<CampaignProgressRow>(nameof(CampaignProgressRow.Id), p => p.Id),
            p => caller.Scope.Covers(p.UnitCode, p.ProvinceCode)
        );

    [PlatformQuery]
    [HttpGet(CampaignProgress + "({key})")]
    public async Task<SingleResult<CampaignProgressRow>> GetCampaignProgressRow(int key) =>
        FeedQuery.SingleResult(
            (await ReadModel.AllCampaignProgressAsync(AsOf, HttpContext.RequestAborted)).Where(p =>
                p.Id == key && caller.Scope.Covers(p.UnitCode, p.ProvinceCode)
            )
        );
}
