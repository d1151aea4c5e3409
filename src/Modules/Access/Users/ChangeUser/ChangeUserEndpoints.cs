using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Access.Contracts;
using Platform.BuildingBlocks.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Access.Users.ChangeUser;

internal static class ChangeUserEndpoints
{
    /// <summary>On the /api/admin/users group: a user's scope and roles.</summary>
    public static void MapScopeAndRoles(this RouteGroupBuilder users)
    {
        users.MapPut("/{name}/scope", async (string name, ScopeBody? body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetScopeCommand(name, body?.Scope), ct)))
            .Describe("Set a user's scope", "The unit whose subtree the user sees and changes (\"VN\" for the "
                + "nation); the nation's last administrator keeps the nation.")
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);

        users
            .MapPut(
                "/{name}/roles/{role}",
                async (string name, string role, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new GrantRoleCommand(name, role), ct))
            )
            .Describe("Grant a role", "Gives the user the role; granting a role held already changes nothing.")
            .ProducesWriteProblems(Status404NotFound);

        users
            .MapDelete(
                "/{name}/roles/{role}",
                async (string name, string role, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new RevokeRoleCommand(name, role), ct))
            )
            .Describe(
                "Revoke a role",
                "Takes the role from the user, who keeps at least one; the nation's last " + "administrator stays one."
            )
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);
    }

    /// <summary>On the /api/admin/users group: disabling and enabling a user.</summary>
    public static void MapDisableUser(this RouteGroupBuilder users)
    {
        users.MapPost("/{name}/disable", async (string name, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetUserDisabledCommand(name, Disabled: true), ct)))
            .Describe("Disable a user", "None of the user's keys work until the user is enabled again; the nation's "
                + "last administrator cannot be disabled.")
            .ProducesProblems(Status404NotFound, Status409Conflict, Status503ServiceUnavailable);

        users.MapPost("/{name}/enable", async (string name, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetUserDisabledCommand(name, Disabled: false), ct)))
            .Describe("Enable a user", "The user's keys that were not revoked work again.")
            .ProducesProblems(Status404NotFound, Status503ServiceUnavailable);
    }
}

/// <summary>The body of <c>PUT /api/admin/users/{name}/scope</c>: <c>{"scope": "79"}</c>.</summary>
internal sealed record ScopeBody(string? Scope);
