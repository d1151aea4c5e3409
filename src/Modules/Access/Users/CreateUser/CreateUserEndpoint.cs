using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Access.Contracts;
using Platform.BuildingBlocks.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Access.Users.CreateUser;

internal static class CreateUserEndpoint
{
    /// <summary>On the /api/admin/users group.</summary>
    public static void MapCreateUser(this RouteGroupBuilder users)
    {
        users.MapPost("/", async (CreateUserCommand? command, IMediator mediator, CancellationToken ct) =>
        {
            var created = await mediator.Send(command ?? new CreateUserCommand(null, null, null, null), ct);
            return TypedResults.Created($"/api/admin/users/{created.User.Name}", created);
        })
            .Describe("Create a user", "A user with roles and a unit scope, and a first API key, shown this once.")
            .ProducesWriteProblems(Status409Conflict);
    }
}
