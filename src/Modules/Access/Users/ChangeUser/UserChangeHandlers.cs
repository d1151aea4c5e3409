using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Access.Contracts;
using Platform.Access.Persistence;
using Platform.Access.Scopes;
using Platform.Access.Texts;
using Platform.BuildingBlocks.Errors;

namespace Platform.Access.Users.ChangeUser;

internal sealed class UserChangeHandlers(AccessDbContext db, ScopeResolver scopes, IStringLocalizer<AccessTexts> texts)
    : IRequestHandler<SetScopeCommand, UserView>,
        IRequestHandler<GrantRoleCommand, UserView>,
        IRequestHandler<RevokeRoleCommand, UserView>,
        IRequestHandler<SetUserDisabledCommand, UserView>
{
    public async Task<UserView> Handle(SetScopeCommand request, CancellationToken cancellationToken)
    {
        var user = await db.FindUserAsync(request.Name, texts, cancellationToken);
        var scope = await scopes.ResolveAsync(request.Scope!.Trim(), cancellationToken);
        if (user.ScopeLevel == scope.Level && user.ScopeUnitCode == scope.UnitCode)
        {
            return user.ToView();
        }

        var wasNationAdministrator = user.IsNationAdministrator;
        (user.ScopeLevel, user.ScopeUnitCode) = (scope.Level, scope.UnitCode);
        await db.KeepAnAdministratorAsync(user, wasNationAdministrator, texts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return user.ToView();
    }

    public async Task<UserView> Handle(GrantRoleCommand request, CancellationToken cancellationToken)
    {
        var user = await db.FindUserAsync(request.Name, texts, cancellationToken);
        var role = UserLookup.NormalizeRole(request.Role);
        if (!user.Roles.Contains(role))
        {
            // A new list, so EF Core sees the JSON column change.
            user.Roles = [.. user.Roles.Append(role).Order(StringComparer.Ordinal)];
            await db.SaveChangesAsync(cancellationToken);
        }

        return user.ToView();
    }

    public async Task<UserView> Handle(RevokeRoleCommand request, CancellationToken cancellationToken)
    {
        var user = await db.FindUserAsync(request.Name, texts, cancellationToken);
        var role = UserLookup.NormalizeRole(request.Role);
        if (!user.Roles.Contains(role))
        {
            return user.ToView();
        }

        if (user.Roles.Count == 1)
        {
            throw new ConflictException(texts["User.OnlyRole", role, user.Name]);
        }

        var wasAdministrator = user.IsNationAdministrator;
        user.Roles = [.. user.Roles.Where(r => r != role)];
        await db.KeepAnAdministratorAsync(user, wasAdministrator, texts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return user.ToView();
    }

    public async Task<UserView> Handle(SetUserDisabledCommand request, CancellationToken cancellationToken)
    {
        var user = await db.FindUserAsync(request.Name, texts, cancellationToken);
        if (user.Disabled != request.Disabled)
        {
            var wasAdministrator = user.IsNationAdministrator;
            user.Disabled = request.Disabled;
            await db.KeepAnAdministratorAsync(user, wasAdministrator, texts, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return user.ToView();
    }
}
