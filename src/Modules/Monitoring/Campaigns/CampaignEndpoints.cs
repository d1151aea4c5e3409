using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.Campaigns;

internal static class CampaignEndpoints
{
    /// <summary>On the /api/monitoring group.</summary>
    public static void MapCampaignResults(this RouteGroupBuilder monitoring)
    {
        monitoring.MapGet("/campaigns/{code}/progress", async (
                string code, string? unit, DateOnly? asOf, bool? all, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCampaignProgressQuery(code, unit, asOf, all ?? false), ct)))
            .Describe("Read a campaign's progress", "Each quota of a unit (the campaign's own by default) and of the "
                + "units below it against what they did inside the quota's window, as of a date; every unit with "
                + "all=true.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);
        monitoring.MapPost("/new-participants", async (
                ReportNewParticipantsCommand? command, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var view = await mediator.Send(command ?? new ReportNewParticipantsCommand(null, null, null, null,
                    null), ct);
                return TypedResults.Created($"/api/monitoring/new-participants/{view.Id}",
                    http.Tagged(view, view.Version));
            })
            .Describe("Report new voluntary participants", "How many new voluntary participants a unit gained over a "
                + "period; a campaign's new-participant quota counts the periods inside its window.")
            .ProducesWriteProblems(Status404NotFound);
    }
}
