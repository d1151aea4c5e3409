using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Access.Contracts;
using Platform.Access.Persistence;
using Platform.Access.Scopes;
using Platform.Access.Texts;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;

namespace Platform.Access.Users.CreateUser;

internal sealed class CreateUserHandler(
    AccessDbContext db,
    ScopeResolver scopes,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<AccessTexts> texts
) : IRequestHandler<CreateUserCommand, CreatedUser>
{
    public async Task<CreatedUser> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        var name = request.Name!.Trim();
        var normalized = UserNames.Normalize(name);
        if (await db.Users.AnyAsync(u => u.NormalizedName == normalized, cancellationToken))
        {
            throw new ConflictException(texts["User.Exists", name]);
        }

        var scope = await scopes.ResolveAsync(request.Scope!.Trim(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = ApiKeys.NewSecret();
        var key = ApiKeys.New(secret, caller.Name, now);
        var user = new User
        {
            Name = name,
            NormalizedName = normalized,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName)
                ? name
                : VietnameseText.Clean(request.DisplayName),
            Roles = request.Roles!.Select(UserLookup.NormalizeRole).Distinct().Order(StringComparer.Ordinal).ToList(),
            ScopeLevel = scope.Level,
            ScopeUnitCode = scope.UnitCode,
            CreatedAtUtc = now,
            CreatedBy = caller.Name,
            Keys = [key],
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedUser(user.ToView(), new IssuedKey(user.Name, key.KeyId, secret, now));
    }
}
