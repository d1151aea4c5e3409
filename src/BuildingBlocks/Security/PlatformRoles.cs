using System.Diagnostics.CodeAnalysis;

namespace Platform.BuildingBlocks.Security;

/// <summary>What a role may do, within the caller's <see cref="UnitScope"/>.</summary>
[SuppressMessage(
    "Naming",
    "CA1711:Identifiers should not have incorrect suffix",
    Justification = "The suffix is kept for .NET Framework's code-access permissions, which .NET does not support; "
        + "Permission is the domain's word, used across every module."
)]
public enum Permission
{
    /// <summary>Read data in scope (every role).</summary>
    Read,

    /// <summary>Import the unit register and statistics.</summary>
    WriteRegister,

    /// <summary>Generate plans, change their status, override obligations.</summary>
    WritePlans,

    /// <summary>People, classes, enrolments, attendance, completion.</summary>
    WriteTraining,

    /// <summary>Activities, reported indicator values, report submissions.</summary>
    WriteMonitoring,

    /// <summary>Users, keys, the audit log, backups.</summary>
    Administer,
}

/// <summary>The roles of issue 7; each user has one or more of them and one unit scope.</summary>
public static class PlatformRoles
{
    public const string Administrator = "administrator";
    public const string NationalPlanner = "national_planner";
    public const string ProvincialPlanner = "provincial_planner";
    public const string CommuneOfficer = "commune_officer";
    public const string TrainingCoordinator = "training_coordinator";
    public const string Analyst = "analyst";

    private static readonly Dictionary<string, Permission[]> Grants = new(StringComparer.Ordinal)
    {
        [Administrator] = Enum.GetValues<Permission>(),
        [NationalPlanner] =
        [
            Permission.Read,
            Permission.WriteRegister,
            Permission.WritePlans,
            Permission.WriteTraining,
            Permission.WriteMonitoring,
        ],
        [ProvincialPlanner] =
        [
            Permission.Read,
            Permission.WritePlans,
            Permission.WriteTraining,
            Permission.WriteMonitoring,
        ],
        [CommuneOfficer] = [Permission.Read, Permission.WriteMonitoring],
        [TrainingCoordinator] = [Permission.Read, Permission.WriteTraining],
        [Analyst] = [Permission.Read],
    };

    public static IReadOnlyCollection<string> All => Grants.Keys;

    public static bool Exists(string role) => Grants.ContainsKey(role);

    public static bool Allows(string role, Permission permission) =>
        Grants.TryGetValue(role, out var permissions) && permissions.Contains(permission);
}
