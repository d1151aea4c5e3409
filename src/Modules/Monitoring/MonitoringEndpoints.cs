using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
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

namespace Platform.Monitoring;

internal static class MonitoringEndpoints
{
    public static void MapMonitoringEndpoints(this IEndpointRouteBuilder app)
    {
        var monitoring = app.MapGroup("/api/monitoring").WithTags("Monitoring");
        monitoring.RequireReadOrWrite(PlatformPolicies.WriteMonitoring);

        monitoring.MapPost("/activities", async (ActivityInput? activity, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var view = Tag(http, await mediator.Send(new RecordActivityCommand(activity!), ct));
            return TypedResults.Created($"/api/monitoring/activities/{view.Id}", view);
        });

        // An activity answers with its version as a strong ETag; correcting or withdrawing it honours If-Match (412 when stale).
        monitoring.MapGet("/activities/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new GetActivityQuery(id), ct))));

        monitoring.MapPut("/activities/{id:int}", async (int id, ActivityInput? activity, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new CorrectActivityCommand(id, activity!, EntityTags.IfMatchOf(http.Request)), ct))));

        monitoring.MapDelete("/activities/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new WithdrawActivityCommand(id, EntityTags.IfMatchOf(http.Request)), ct);
            return TypedResults.NoContent();
        });

        monitoring.MapPost("/activities/import", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ImportActivitiesCommand(await UploadedFile.ReadAsync(http, ct)), ct)))
            .DisableAntiforgery();

        monitoring.MapGet("/activities", async (string? unitCode, int? year, string? kind, int? top, int? skip, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListActivitiesQuery(unitCode, year, kind, top ?? 100, skip ?? 0), ct)));

        monitoring.MapPost("/indicator-values", async (ReportIndicatorValueCommand? command, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(command ?? new ReportIndicatorValueCommand(null, null, null, null, null, null, null), ct)));

        monitoring.MapGet("/actuals", async (int? year, DateOnly? asOf, string? unitCode, string? indicator, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetActualsQuery(year ?? 0, asOf, unitCode, indicator), ct)));

        monitoring.MapGet("/actuals/on-units", async (
            int? year, DateOnly? onUnitsAt, DateOnly? asOf, string? unitCode, string? indicator, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetActualsOnUnitsQuery(year ?? 0, onUnitsAt, asOf, unitCode, indicator), ct)));

        monitoring.MapGet("/progress", async (
            int? year, DateOnly? asOf, string? unitCode, string? planCode, string? indicator, ProgressStatus? status, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetProgressQuery(year ?? 0, asOf, unitCode, planCode, indicator, status), ct)));

        monitoring.MapGet("/deadlines", async (
            int? year, DateOnly? asOf, UnitLevel? level, string? planCode, bool? overdue, string? unitCode, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetDeadlinesQuery(year ?? 0, asOf, level, planCode, overdue ?? false, unitCode), ct)));

        var reports = monitoring.MapGroup("/plans/{planCode}/reports/{year:int}");

        reports.MapGet("/", async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetYearlyReportQuery(planCode, year, asOf), ct)));

        // The files: the unit's report and one per unit directly below it, in the request's language.
        reports.MapGet("/xlsx", async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
            File(await mediator.Send(new GetYearlyReportFileQuery(planCode, year, asOf, YearlyReportFormat.Xlsx), ct)));

        reports.MapGet("/docx", async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
            File(await mediator.Send(new GetYearlyReportFileQuery(planCode, year, asOf, YearlyReportFormat.Docx), ct)));

        reports.MapPost("/submission", async (string planCode, int year, SubmissionBody? body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SubmitYearlyReportCommand(planCode, year, body?.By, body?.Note), ct)));

        reports.MapGet("/submission", async (string planCode, int year, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new GetSubmissionQuery(planCode, year), ct))));

        reports.MapPut("/submission", async (string planCode, int year, SubmissionBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(Tag(http, await mediator.Send(new AmendSubmissionCommand(planCode, year, body?.Note, EntityTags.IfMatchOf(http.Request)), ct))));
    }

    private static FileContentHttpResult File(YearlyReportFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);

    private static ActivityView Tag(HttpContext http, ActivityView activity) => http.Tagged(activity, activity.Version);

    private static SubmissionView Tag(HttpContext http, SubmissionView submission) => http.Tagged(submission, submission.Version);

    internal sealed record SubmissionBody(string? By, string? Note);
}
