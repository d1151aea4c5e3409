using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Access.Contracts;
using Platform.BuildingBlocks.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Access.Keys.RevokeKey;

internal static class RevokeKeyEndpoint
{
    /// <summary>On the /api/admin/users group.</summary>
    public static void MapRevokeKey(this RouteGroupBuilder users)
    {
        users
            .MapDelete(
                "/{name}/keys/{keyId}",
                async (string name, string keyId, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new RevokeKeyCommand(keyId, name), ct))
            )
            .Describe("Revoke a key", "The key stops working at once.")
            .ProducesProblems(Status404NotFound, Status503ServiceUnavailable);
    }
}
