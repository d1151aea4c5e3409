using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.Activities;

internal static class ActivityEndpoints
{
    /// <summary>On the /api/monitoring group: an activity answers with its version as a strong ETag.</summary>
    public static void MapReadActivity(this RouteGroupBuilder monitoring)
    {
        monitoring
            .MapGet(
                "/activities/{id:int}",
                async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var activity = await mediator.Send(new GetActivityQuery(id), ct);
                    return TypedResults.Ok(http.Tagged(activity, activity.Version));
                }
            )
            .Describe("Read an activity", "One recorded activity; its version is the ETag.")
            .ProducesProblems(Status404NotFound);
    }

    /// <summary>On the /api/monitoring group.</summary>
    public static void MapListActivities(this RouteGroupBuilder monitoring)
    {
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
    }
}
