namespace Platform.Web.Tests.Support;

/// <summary>A person of the test host: user name, key (typed into the sign-in form), key id (to revoke it), role and
/// scope.</summary>
public sealed record WebUser(string Name, string Key, string KeyId, string Role, string Scope);

/// <summary>
/// The people every <see cref="WebPlatform"/> holds: the administrator; Hoa, provincial planner of Đồng Nai (75); Tuấn,
/// provincial planner of Hồ Chí Minh City (79); Mai, training coordinator of Đồng Nai; Bình, commune officer of
/// Xã Bù Gia Mập (25222, in Đồng Nai).
/// </summary>
public sealed record WebUsers(
    WebUser Administrator,
    WebUser Planner75,
    WebUser Planner79,
    WebUser Coordinator75,
    WebUser CommuneOfficer
)
{
    /// <summary>Xã Bù Gia Mập, a commune of Đồng Nai in the 2025 register: the commune officer's scope.</summary>
    public const string CommuneCode = "25222";

    public const string CommuneName = "Xã Bù Gia Mập";
}
