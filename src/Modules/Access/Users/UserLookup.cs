using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Access.Persistence;
using Platform.Access.Texts;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users;

internal static class UserLookup
{
    /// <summary>The user (with keys, tracked) whose name is <paramref name="name"/> in any case; 404
    /// otherwise.</summary>
    public static async Task<User> FindUserAsync(
        this AccessDbContext db,
        string? name,
        IStringLocalizer<AccessTexts> texts,
        CancellationToken cancellationToken
    )
    {
        var normalized = UserNames.Normalize(name ?? "");
        return await db
            .Users.Include(u => u.Keys)
            .SingleOrDefaultAsync(u => u.NormalizedName == normalized, cancellationToken)
            ?? throw new NotFoundException(texts["User.NotFound", name ?? string.Empty]);
    }

    /// <summary>
    /// Refuses a change (a role taken, a user disabled, a scope narrowed) that would leave no enabled administrator
    /// over the nation, i.e. nobody able to administer every user: a 409 rather than a locked-out platform.
    /// </summary>
    public static async Task KeepAnAdministratorAsync(
        this AccessDbContext db,
        User changed,
        bool wasNationAdministrator,
        IStringLocalizer<AccessTexts> texts,
        CancellationToken cancellationToken
    )
    {
        if (!wasNationAdministrator || changed.IsNationAdministrator)
        {
            return;
        }

        var others = await db.Users.Where(u => u.Id != changed.Id && !u.Disabled).ToListAsync(cancellationToken);
        // IsNationAdministrator reads the roles' JSON column: evaluated here, not in SQL.
        if (!others.Any(u => u.IsNationAdministrator))
        {
            throw new ConflictException(texts["User.LastAdministrator", changed.Name, PlatformRoles.Administrator]);
        }
    }

    /// <summary>Role names as typed (any case, spaces around), in the platform's spelling.</summary>
    public static string NormalizeRole(string? role) => (role ?? "").Trim().ToLowerInvariant();

    public static string KnownRoles => string.Join(", ", PlatformRoles.All);
}
