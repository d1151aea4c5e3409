using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Access.Contracts;
using Platform.BuildingBlocks.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Access.Users.ReadUsers;

internal static class ReadUserEndpoints
{
    /// <summary>On the /api/admin/users group: every user.</summary>
    public static void MapListUsers(this RouteGroupBuilder users)
    {
        users
            .MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListUsersQuery(), ct))
            )
            .Describe("List users", "Every user with their roles, unit scope, keys (never the secrets) and state.");
    }

    /// <summary>On the /api/admin/users group: one user.</summary>
    public static void MapReadUser(this RouteGroupBuilder users)
    {
        users.MapGet("/{name}", async (string name, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUserQuery(name), ct)))
            .Describe("Read a user", "The user's roles, unit scope, keys (never the secrets) and state.")
            .ProducesProblems(Status404NotFound);
    }
}
