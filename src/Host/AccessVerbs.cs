using MediatR;
using Platform.Access.Keys.IssueKey;
using Platform.Access.Keys.RevokeKey;
using Platform.Access.Users;
using Platform.Access.Users.ChangeUser;
using Platform.Access.Users.CreateUser;
using Platform.Access.Users.ReadUsers;

namespace Platform.Host;

/// <summary>
/// Users and keys from the command line, for whoever runs the host (no key needed: the machine is the credential).
/// A key is printed once, on its own line, and never stored in clear.
/// </summary>
internal static class AccessVerbs
{
    public const string CreateUserUsage = "Usage: create-user NAME --role ROLE [--role ROLE ...] --scope (VN | PROVINCE_CODE | COMMUNE_CODE) [--display-name \"FULL NAME\"]";

    public static async Task<int> CreateUserAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var name = Argument(args, 1, CreateUserUsage);
        var created = await Send(services, new CreateUserCommand(name, Option(args, "--display-name"), Options(args, "--role"), Option(args, "--scope")), ct);
        Console.WriteLine($"Created user '{created.User.Name}': {Describe(created.User)}.");
        PrintKey(created.Key);
        return 0;
    }

    public static async Task<int> GrantRoleAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var user = await Send(services, new GrantRoleCommand(Argument(args, 1, "Usage: grant-role NAME ROLE"), Argument(args, 2, "Usage: grant-role NAME ROLE")), ct);
        Console.WriteLine($"User '{user.Name}': {Describe(user)}.");
        return 0;
    }

    public static async Task<int> SetScopeAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var user = await Send(services, new SetScopeCommand(Argument(args, 1, "Usage: set-scope NAME VN|PROVINCE|COMMUNE"), Argument(args, 2, "Usage: set-scope NAME VN|PROVINCE|COMMUNE")), ct);
        Console.WriteLine($"User '{user.Name}': {Describe(user)}.");
        return 0;
    }

    public static async Task<int> RevokeRoleAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var user = await Send(services, new RevokeRoleCommand(Argument(args, 1, "Usage: revoke-role NAME ROLE"), Argument(args, 2, "Usage: revoke-role NAME ROLE")), ct);
        Console.WriteLine($"User '{user.Name}': {Describe(user)}.");
        return 0;
    }

    public static async Task<int> IssueKeyAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        PrintKey(await Send(services, new IssueKeyCommand(Argument(args, 1, "Usage: issue-key NAME")), ct));
        return 0;
    }

    public static async Task<int> RevokeKeyAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var revoked = await Send(services, new RevokeKeyCommand(Argument(args, 1, "Usage: revoke-key KEY_ID (list-users shows the ids)")), ct);
        Console.WriteLine($"Key {revoked.Key.KeyId} of user '{revoked.UserName}' is revoked (since {revoked.Key.RevokedAtUtc:yyyy-MM-dd HH:mm} UTC).");
        return 0;
    }

    public static async Task<int> SetDisabledAsync(IServiceProvider services, string[] args, bool disabled, CancellationToken ct)
    {
        var user = await Send(services, new SetUserDisabledCommand(Argument(args, 1, $"Usage: {args[0]} NAME"), disabled), ct);
        Console.WriteLine($"User '{user.Name}': {Describe(user)}.");
        return 0;
    }

    public static async Task<int> ListUsersAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var users = await Send(services, new ListUsersQuery(), ct);
        Console.WriteLine($"{users.Count} user(s).");
        foreach (var user in users)
        {
            Console.WriteLine($"{user.Name} ({user.DisplayName}): {Describe(user)}");
            foreach (var key in user.Keys)
            {
                Console.WriteLine(key.Active
                    ? $"  key {key.KeyId}  issued {key.CreatedAtUtc:yyyy-MM-dd HH:mm} UTC by {key.CreatedBy}"
                    : $"  key {key.KeyId}  revoked {key.RevokedAtUtc:yyyy-MM-dd HH:mm} UTC by {key.RevokedBy}");
            }
        }

        return 0;
    }

    private static string Describe(UserView user) =>
        $"{string.Join(", ", user.Roles)}; scope {user.ScopeLevel.ToString().ToLowerInvariant()} {user.Scope}; " +
        $"{user.Keys.Count(k => k.Active)} active key(s){(user.Disabled ? "; DISABLED" : "")}";

    private static void PrintKey(IssuedKey key)
    {
        Console.WriteLine($"Key id {key.KeyId} for user '{key.UserName}'. The key is shown this once; store it now:");
        Console.WriteLine(key.Key);
    }

    private static Task<T> Send<T>(IServiceProvider services, IRequest<T> request, CancellationToken ct) =>
        services.GetRequiredService<IMediator>().Send(request, ct);

    private static string Argument(string[] args, int index, string usage) =>
        index < args.Length && !args[index].StartsWith("--", StringComparison.Ordinal) ? args[index] : throw new ArgumentException(usage);

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static List<string> Options(string[] args, string name) =>
        args.Select((value, index) => (value, index)).Where(a => a.value == name && a.index + 1 < args.Length).Select(a => args[a.index + 1]).ToList();
}
