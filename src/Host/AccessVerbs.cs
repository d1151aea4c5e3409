using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Access.Contracts;
using Platform.Access.Keys.IssueKey;
using Platform.Access.Keys.RevokeKey;
using Platform.Access.Users;
using Platform.Access.Users.ChangeUser;
using Platform.Access.Users.CreateUser;
using Platform.Access.Users.ReadUsers;

namespace Platform.Host;

/// <summary>
/// Users and keys from the command line, for whoever runs the host (no key needed: the machine is the credential).
/// A key is printed once, on its own line, and never stored in clear. What they print is in HostTexts, in the process's
/// UI language: Vietnamese unless the machine's culture is English.
/// </summary>
internal static class AccessVerbs
{
    public const string CreateUserUsage =
        "create-user NAME --role ROLE [--role ROLE ...] --scope (VN | PROVINCE_CODE | COMMUNE_CODE) [--display-name "
            + "\"FULL NAME\"]";

    public static async Task<int> CreateUserAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var name = Argument(services, args, 1, CreateUserUsage);
        var created = await Send(
            services,
            new CreateUserCommand(
                name,
                Option(args, "--display-name"),
                Options(args, "--role"),
                Option(args, "--scope")
            ),
            ct
        );
        var texts = Texts(services);
        Console.WriteLine(texts["Verb.CreatedUser", created.User.Name, Describe(created.User, texts)]);
        PrintKey(created.Key, texts);
        return 0;
    }

    public static async Task<int> GrantRoleAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var user = await Send(
            services,
            new GrantRoleCommand(
                Argument(services, args, 1, "grant-role NAME ROLE"),
                Argument(services, args, 2, "grant-role NAME ROLE")
            ),
            ct
        );
        Console.WriteLine(Texts(services)["Verb.User", user.Name, Describe(user, Texts(services))]);
        return 0;
    }

    public static async Task<int> SetScopeAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var user = await Send(
            services,
            new SetScopeCommand(
                Argument(services, args, 1, "set-scope NAME VN|PROVINCE|COMMUNE"),
                Argument(services, args, 2, "set-scope NAME VN|PROVINCE|COMMUNE")
            ),
            ct
        );
        Console.WriteLine(Texts(services)["Verb.User", user.Name, Describe(user, Texts(services))]);
        return 0;
    }

    public static async Task<int> RevokeRoleAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var user = await Send(
            services,
            new RevokeRoleCommand(
                Argument(services, args, 1, "revoke-role NAME ROLE"),
                Argument(services, args, 2, "revoke-role NAME ROLE")
            ),
            ct
        );
        Console.WriteLine(Texts(services)["Verb.User", user.Name, Describe(user, Texts(services))]);
        return 0;
    }

    public static async Task<int> IssueKeyAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        PrintKey(
            await Send(services, new IssueKeyCommand(Argument(services, args, 1, "issue-key NAME")), ct),
            Texts(services)
        );
        return 0;
    }

    public static async Task<int> RevokeKeyAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var revoked = await Send(
            services,
            new RevokeKeyCommand(Argument(services, args, 1, "revoke-key KEY_ID", "Verb.Usage.RevokeKey")),
            ct
        );
        Console.WriteLine(
            Texts(services)["Verb.KeyRevoked", revoked.Key.KeyId, revoked.UserName, revoked.Key.RevokedAtUtc!]
        );
        return 0;
    }

    public static async Task<int> SetDisabledAsync(
        IServiceProvider services,
        string[] args,
        bool disabled,
        CancellationToken ct
    )
    {
        var user = await Send(
            services,
            new SetUserDisabledCommand(Argument(services, args, 1, $"{args[0]} NAME"), disabled),
            ct
        );
        Console.WriteLine(Texts(services)["Verb.User", user.Name, Describe(user, Texts(services))]);
        return 0;
    }

    public static async Task<int> ListUsersAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var users = await Send(services, new ListUsersQuery(), ct);
        var texts = Texts(services);
        Console.WriteLine(texts["Verb.UserCount", users.Count]);
        foreach (var user in users)
        {
            Console.WriteLine(texts["Verb.UserLine", user.Name, user.DisplayName, Describe(user, texts)]);
            foreach (var key in user.Keys)
            {
                Console.WriteLine(key.Active
                    ? texts["Verb.KeyIssued", key.KeyId, key.CreatedAtUtc, key.CreatedBy]
                    : texts["Verb.KeyRevokedLine", key.KeyId, key.RevokedAtUtc!, key.RevokedBy!]);
            }
        }

        return 0;
    }

    private static string Describe(UserView user, IStringLocalizer<HostTexts> texts) =>
        texts[
            user.Disabled ? "Verb.DescribeDisabled" : "Verb.Describe",
            string.Join(", ", user.Roles),
            texts[$"Verb.Scope.{user.ScopeLevel}"],
            user.Scope,
            user.Keys.Count(k => k.Active)
        ];

    private static void PrintKey(IssuedKey key, IStringLocalizer<HostTexts> texts)
    {
        Console.WriteLine(texts["Verb.PrintKey", key.KeyId, key.UserName]);
        Console.WriteLine(key.Key);
    }

    private static IStringLocalizer<HostTexts> Texts(IServiceProvider services) =>
        services.GetRequiredService<IStringLocalizer<HostTexts>>();

    private static Task<T> Send<T>(IServiceProvider services, IRequest<T> request, CancellationToken ct) =>
        services.GetRequiredService<IMediator>().Send(request, ct);

    /// <summary>The argument at <paramref name="index"/>, or an error that shows the verb's <paramref name="syntax"/>
    /// (through the text <paramref name="usage"/>).</summary>
    private static string Argument(
        IServiceProvider services,
        string[] args,
        int index,
        string syntax,
        string usage = "Verb.Usage"
    ) =>
        index < args.Length && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? args[index]
            : throw new ArgumentException(Texts(services)[usage, syntax]);

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static List<string> Options(string[] args, string name) =>
        args.Select((value, index) => (value, index))
            .Where(a => a.value == name && a.index + 1 < args.Length)
            .Select(a => args[a.index + 1])
            .ToList();
}
