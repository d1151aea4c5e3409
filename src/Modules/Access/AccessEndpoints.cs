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
using Platform.BuildingBlocks.Security;

namespace Platform.Access;

internal static class AccessEndpoints
{
    /// <summary>Who the credentials sign in as: a quick check for a new key, from a script or a browser.</summary>
    internal sealed record CallerView(string Name, IReadOnlyCollection<string> Roles, string Scope, ScopeLevel ScopeLevel);

    /// <summary>The body of <c>PUT /api/admin/users/{name}/scope</c>: <c>{"scope": "79"}</c>.</summary>
    public sealed record ScopeBody(string? Scope);

    public static void MapAccessEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (ICurrentCaller caller) =>
                TypedResults.Ok(new CallerView(caller.Name, caller.Roles, caller.Scope.UnitCode ?? UserView.NationCode, caller.Scope.Level)))
            .WithTags("Access")
            .RequireAuthorization(PlatformPolicies.Read);

        var users = app.MapGroup("/api/admin/users").WithTags("Access").RequireAuthorization(PlatformPolicies.Administer);

        users.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListUsersQuery(), ct)));

        users.MapPost("/", async (CreateUserCommand? command, IMediator mediator, CancellationToken ct) =>
        {
            var created = await mediator.Send(command ?? new CreateUserCommand(null, null, null, null), ct);
            return TypedResults.Created($"/api/admin/users/{created.User.Name}", created);
        });

        users.MapGet("/{name}", async (string name, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUserQuery(name), ct)));

        users.MapPut("/{name}/scope", async (string name, ScopeBody? body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetScopeCommand(name, body?.Scope), ct)));

        users.MapPut("/{name}/roles/{role}", async (string name, string role, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GrantRoleCommand(name, role), ct)));

        users.MapDelete("/{name}/roles/{role}", async (string name, string role, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RevokeRoleCommand(name, role), ct)));

        users.MapPost("/{name}/keys", async (string name, IMediator mediator, CancellationToken ct) =>
        {
            var issued = await mediator.Send(new IssueKeyCommand(name), ct);
            return TypedResults.Created($"/api/admin/users/{issued.UserName}", issued);
        });

        users.MapDelete("/{name}/keys/{keyId}", async (string name, string keyId, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RevokeKeyCommand(keyId, name), ct)));

        users.MapPost("/{name}/disable", async (string name, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetUserDisabledCommand(name, Disabled: true), ct)));

        users.MapPost("/{name}/enable", async (string name, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetUserDisabledCommand(name, Disabled: false), ct)));
    }
}
