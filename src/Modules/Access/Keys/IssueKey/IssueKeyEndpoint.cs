using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Access.Contracts;
using Platform.BuildingBlocks.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Access.Keys.IssueKey;

internal static class IssueKeyEndpoint
{
    /// <summary>On the /api/admin/users group.</summary>
    public static void MapIssueKey(this RouteGroupBuilder users)
    {
        users.MapPost("/{name}/keys", async (string name, IMediator mediator, CancellationToken ct) =>
        {
            var issued = await mediator.Send(new IssueKeyCommand(name), ct);
            return TypedResults.Created($"/api/admin/users/{issued.UserName}", issued);
        })
            .Describe("Issue a key", "A new API key for the user, shown this once; only its hash is stored.")
            .ProducesProblems(Status404NotFound, Status503ServiceUnavailable);
    }
}
