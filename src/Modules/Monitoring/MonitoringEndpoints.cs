using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Documents;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Activities.CorrectActivity;
using Platform.Monitoring.Activities.ImportActivities;
using Platform.Monitoring.Activities.RecordActivity;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.IndicatorValues;
using Platform.Monitoring.Progress;
using Platform.Monitoring.YearlyReports;
using Platform.Plans.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring;

internal static class MonitoringEndpoints
{
    public static void MapMonitoringEndpoints(this IEndpointRouteBuilder app)
    {
        var monitoring = app.MapGroup("/api/monitoring").WithTags("Monitoring");
        monitoring.RequireReadOrWrite(PlatformPolicies.WriteMonitoring);

        monitoring
            .MapPost(
                "/activities",
                async (ActivityInput? activity, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var view = Tag(http, await mediator.Send(new RecordActivityCommand(activity!), ct));
                    return TypedResults.Created($"/api/monitoring/activities/{view.Id}", view);
                }
            )
            .Describe(
                "Record an activity",
                "A communication activity a unit held (conference, article, broadcast…), "
                    + "with what it reached; it counts towards the unit's indicators."
            )
            .ProducesWriteProblems(Status404NotFound);

        // An activity answers with its version as a strong ETag; correcting or withdrawing it honours If-Match (412
        // when stale).
        monitoring
            .MapGet(
                "/activities/{id:int}",
                async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(Tag(http, await mediator.Send(new GetActivityQuery(id), ct)))
            )
            .Describe("Read an activity", "One recorded activity; its version is the ETag.")
            .ProducesProblems(Status404NotFound);

        monitoring
            .MapPut(
                "/activities/{id:int}",
                async (int id, ActivityInput? activity, HttpContext http, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(
                        Tag(
                            http,
                            await mediator.Send(
                                new CorrectActivityCommand(id, activity!, EntityTags.IfMatchOf(http.Request)),
                                ct
                            )
                        )
                    )
            )
            .Describe("Correct an activity", "Replaces what was recorded of the activity.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);

        monitoring
            .MapDelete(
                "/activities/{id:int}",
                async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(new WithdrawActivityCommand(id, EntityTags.IfMatchOf(http.Request)), ct);
                    return TypedResults.NoContent();
                }
            )
            .Describe(
                "Withdraw an activity",
                "Removes the activity; it no longer counts towards the unit's " + "indicators."
            )
            .HonoursIfMatch()
            .ProducesProblems(Status404NotFound, Status409Conflict, Status503ServiceUnavailable);

        monitoring
            .MapPost("/activities/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(
                    await mediator.Send(new ImportActivitiesCommand(await UploadedFile.ReadAsync(http, ct)), ct)
                )
            )
            .AcceptsImportFile()
            .Describe("Import activities", "Records activities from a CSV or .xlsx file; a file with a wrong row is "
                + "refused whole, each row error named.");

        monitoring
            .MapGet(
                "/activities",
                async (
                    string? unitCode,
                    int? year,
                    string? kind,
                    int? top,
                    int? skip,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(new ListActivitiesQuery(unitCode, year, kind, top ?? 100, skip ?? 0), ct)
                    )
            )
            .Describe(
                "List activities",
                "Activities of the units in the caller's scope (or below unitCode), of a "
                    + "year and kind, a page of top (100) from skip."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        monitoring
            .MapPost(
                "/indicator-values",
                async (ReportIndicatorValueCommand? command, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            command ?? new ReportIndicatorValueCommand(null, null, null, null, null, null, null),
                            ct
                        )
                    )
            )
            .Describe(
                "Report an indicator value",
                "A figure a unit reports directly for an indicator that no "
                    + "activity counts (a share of people reached, …), as of a date."
            )
            .ProducesWriteProblems(Status404NotFound);

        monitoring
            .MapGet(
                "/actuals",
                async (
                    int? year,
                    DateOnly? asOf,
                    string? unitCode,
                    string? indicator,
                    IMediator mediator,
                    CancellationToken ct
                ) => TypedResults.Ok(await mediator.Send(new GetActualsQuery(year ?? 0, asOf, unitCode, indicator), ct))
            )
            .Describe(
                "Read actuals",
                "What each unit in the caller's scope achieved per indicator in a year, as of a " + "date."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        monitoring
            .MapGet(
                "/actuals/on-units",
                async (
                    int? year,
                    DateOnly? onUnitsAt,
                    DateOnly? asOf,
                    string? unitCode,
                    string? indicator,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new GetActualsOnUnitsQuery(year ?? 0, onUnitsAt, asOf, unitCode, indicator),
                            ct
                        )
                    )
            )
            .Describe(
                "Read actuals on today's units",
                "The actuals of a past year read on the units in force on " + "onUnitsAt (ADR 0019)."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        monitoring
            .MapGet(
                "/progress",
                async (
                    int? year,
                    DateOnly? asOf,
                    string? unitCode,
                    string? planCode,
                    string? indicator,
                    ProgressStatus? status,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new GetProgressQuery(year ?? 0, asOf, unitCode, planCode, indicator, status),
                            ct
                        )
                    )
            )
            .Describe(
                "Read progress",
                "Each obligation of a year against its actual, as of a date: achieved, on "
                    + "track, at risk, behind or without a target."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        monitoring
            .MapGet(
                "/deadlines",
                async (
                    int? year,
                    DateOnly? asOf,
                    UnitLevel? level,
                    string? planCode,
                    bool? overdue,
                    string? unitCode,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new GetDeadlinesQuery(year ?? 0, asOf, level, planCode, overdue ?? false, unitCode),
                            ct
                        )
                    )
            )
            .Describe(
                "Read reporting deadlines",
                "When each unit's yearly report is due under its plans, and whether "
                    + "it was submitted or is overdue."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        var reports = monitoring.MapGroup("/plans/{planCode}/reports/{year:int}");

        reports
            .MapGet("/", async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetYearlyReportQuery(planCode, year, asOf), ct))
            )
            .Describe(
                "Read a yearly report",
                "The unit's report of a plan's year: its obligations, actuals and the " + "units below, as of a date."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        // The files: the unit's report and one per unit directly below it, in the request's language.
        reports
            .MapGet(
                "/xlsx",
                async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                    File(
                        await mediator.Send(
                            new GetYearlyReportFileQuery(planCode, year, asOf, YearlyReportFormat.Xlsx),
                            ct
                        )
                    )
            )
            .Produces(Status200OK, typeof(Stream), TabularFile.XlsxContentType)
            .Describe("Download a yearly report as .xlsx", "The report as a workbook, one sheet for the unit and one "
                + "per unit directly below, in the request's language.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        reports
            .MapGet(
                "/docx",
                async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                    File(
                        await mediator.Send(
                            new GetYearlyReportFileQuery(planCode, year, asOf, YearlyReportFormat.Docx),
                            ct
                        )
                    )
            )
            .Produces(Status200OK, typeof(Stream), AdministrativeDocumentWriter.ContentType)
            .Describe("Download a yearly report as .docx", "The report as a document in the layout of Decree 30/2020, "
                + "in the request's language.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        reports
            .MapPost(
                "/submission",
                async (string planCode, int year, SubmissionBody? body, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(
                        await mediator.Send(new SubmitYearlyReportCommand(planCode, year, body?.By, body?.Note), ct)
                    )
            )
            .Describe(
                "Submit a yearly report",
                "Records that the unit submitted its report of the year, by whom, " + "with a note."
            )
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);

        reports
            .MapGet(
                "/submission",
                async (string planCode, int year, HttpContext http, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(Tag(http, await mediator.Send(new GetSubmissionQuery(planCode, year), ct)))
            )
            .Describe(
                "Read a report's submission",
                "When and by whom the yearly report was submitted; its version is " + "the ETag."
            )
            .ProducesProblems(Status404NotFound);

        reports
            .MapPut(
                "/submission",
                async (
                    string planCode,
                    int year,
                    SubmissionBody? body,
                    HttpContext http,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        Tag(
                            http,
                            await mediator.Send(
                                new AmendSubmissionCommand(
                                    planCode,
                                    year,
                                    body?.Note,
                                    EntityTags.IfMatchOf(http.Request)
                                ),
                                ct
                            )
                        )
                    )
            )
            .Describe("Amend a report's submission", "Changes the note of a submitted yearly report.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound);
    }

    private static FileContentHttpResult File(YearlyReportFile file) =>
        TypedResults.File(file.Content, file.ContentType, file.FileName);

    private static ActivityView Tag(HttpContext http, ActivityView activity) => http.Tagged(activity, activity.Version);

    private static SubmissionView Tag(HttpContext http, SubmissionView submission) =>
        http.Tagged(submission, submission.Version);

    internal sealed record SubmissionBody(string? By, string? Note);
}
