using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.YearlyReports;

internal static class SubmissionEndpoints
{
    /// <summary>On the group of one plan's yearly report (/api/monitoring/plans/{planCode}/reports/{year}): its
    /// submission answers with its version as a strong ETag; amending it honours If-Match (412 when stale).</summary>
    public static void MapSubmission(this RouteGroupBuilder reports)
    {
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
                {
                    var submission = await mediator.Send(new GetSubmissionQuery(planCode, year), ct);
                    return TypedResults.Ok(http.Tagged(submission, submission.Version));
                }
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
                {
                    var amended = await mediator.Send(
                        new AmendSubmissionCommand(planCode, year, body?.Note, EntityTags.IfMatchOf(http.Request)),
                        ct
                    );
                    return TypedResults.Ok(http.Tagged(amended, amended.Version));
                }
            )
            .Describe("Amend a report's submission", "Changes the note of a submitted yearly report.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound);
    }
}

internal sealed record SubmissionBody(string? By, string? Note);
