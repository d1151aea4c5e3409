using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Access.Contracts;
using Platform.Access.Keys.IssueKey;
using Platform.Access.Keys.RevokeKey;
using Platform.Access.Users;
using Platform.Access.Users.ChangeUser;
using Platform.Access.Users.CreateUser;
using Platform.Access.Users.ReadUsers;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Access;

internal static class AccessEndpoints
{
    /// <summary>Who the credentials sign in as: a quick check for a new key, from a script or a browser.</summary>
    internal sealed record CallerView(
        string Name,
        IReadOnlyCollection<string> Roles,
        string Scope,
        ScopeLevel ScopeLevel
    );

    /// <summary>The body of <c>PUT /api/admin/users/{name}/scope</c>: <c>{"scope": "79"}</c>.</summary>
    public sealed record ScopeBody(string? Scope);

    public static void MapAccessEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (ICurrentCaller caller) =>
                TypedResults.Ok(
                    new CallerView(
                        caller.Name,
                        caller.Roles,
                        caller.Scope.UnitCode ?? UserView.NationCode,
                        caller.Scope.Level
                    )
                )
            )
            .WithTags("Access")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("Who am I", "The name, roles and unit scope the credentials sign in as: a quick check of a new "
                + "key.");

        var users = app.MapGroup("/api/admin/users").WithTags("Access").RequirePolicy(PlatformPolicies.Administer);

        users
            .MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListUsersQuery(), ct))
            )
            .Describe("List users", "Every user with their roles, unit scope, keys (never the secrets) and state.");

        users.MapPost("/", async (CreateUserCommand? command, IMediator mediator, CancellationToken ct) =>
        {
            var created = await mediator.Send(command ?? new CreateUserCommand(null, null, null, null), ct);
            return TypedResults.Created($"/api/admin/users/{created.User.Name}", created);
        })
            .Describe("Create a user", "A user with roles and a unit scope, and a first API key, shown this once.")
            .ProducesWriteProblems(Status409Conflict);

        users.MapGet("/{name}", async (string name, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUserQuery(name), ct)))
            .Describe("Read a user", "The user's roles, unit scope, keys (never the secrets) and state.")
            .ProducesProblems(Status404NotFound);

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

        users.MapPost("/{name}/keys", async (string name, IMediator mediator, CancellationToken ct) =>
        {
            var issued = await mediator.Send(new IssueKeyCommand(name), ct);
            return TypedResults.Created($"/api/admin/users/{issued.UserName}", issued);
        })
            .Describe("Issue a key", "A new API key for the user, shown this once; only its hash is stored.")
            .ProducesProblems(Status404NotFound, Status503ServiceUnavailable);

        users
            .MapDelete(
                "/{name}/keys/{keyId}",
                async (string name, string keyId, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new RevokeKeyCommand(keyId, name), ct))
            )
            .Describe("Revoke a key", "The key stops working at once.")
            .ProducesProblems(Status404NotFound, Status503ServiceUnavailable);

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
