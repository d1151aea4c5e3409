namespace Platform.BuildingBlocks.Security;

/// <summary>
/// Who is asking: the authenticated user's name, roles and unit scope. Handlers filter what they read and refuse what
/// they may not change through it; the audit log records <see cref="Name"/>.
/// </summary>
public interface ICurrentCaller
{
    string Name { get; }

    IReadOnlyCollection<string> Roles { get; }

    UnitScope Scope { get; }

    bool Has(Permission permission) => Roles.Any(role => PlatformRoles.Allows(role, permission));
}

/// <summary>A caller with fixed identity: the host's command-line verbs (<see cref="System"/>) and tests.</summary>
public sealed record FixedCaller(string Name, IReadOnlyCollection<string> Roles, UnitScope Scope) : ICurrentCaller
{
    /// <summary>The host itself (command-line verbs, start-up seeding): an administrator over the nation.</summary>
    public static readonly FixedCaller System = new("system", [PlatformRoles.Administrator], UnitScope.Nation);
}
