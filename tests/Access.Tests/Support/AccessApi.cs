using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.TestKit;

namespace Platform.Access.Tests.Support;

internal sealed record KeyDto(
    string KeyId,
    bool Active,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime? RevokedAtUtc,
    string? RevokedBy
);

internal sealed record UserDto(
    string Name,
    string DisplayName,
    List<string> Roles,
    string Scope,
    string ScopeLevel,
    bool Disabled,
    DateTime CreatedAtUtc,
    string CreatedBy,
    List<KeyDto> Keys
);

internal sealed record IssuedKeyDto(string UserName, string KeyId, string Key, DateTime CreatedAtUtc);

internal sealed record CreatedUserDto(UserDto User, IssuedKeyDto Key);

internal sealed record RevokedKeyDto(string UserName, KeyDto Key);

internal sealed record CallerDto(string Name, List<string> Roles, string Scope, string ScopeLevel);

internal sealed record ProblemDto(int Status, string Title, string? Detail, Dictionary<string, string[]>? Errors);

/// <summary>The admin API and the messages the platform answers, as the tests use them.</summary>
internal static class AccessApi
{
    public const string Challenge = "Basic realm=\"Platform\", Bearer";

    public const string NoCredentials =
        "This request needs an API key: HTTP Basic with your user name and key as the password (Excel and Power BI: "
            + "choose Basic), "
        + "or Authorization: Bearer <key>. An administrator issues keys (README, \"Access and keys\").";

    public const string Refused = "The user name and API key do not match an active key.";

    public const string Roles =
        "administrator, national_planner, provincial_planner, commune_officer, training_coordinator, analyst";

    /// <summary>A commune of Đồng Nai (75) for commune scopes; the seeded database has only the nation and the
    /// provinces.</summary>
    public const string CommuneCsv = "code,name,type,parent_code\n26001,Xã Một,xã,75\n";

    public static async Task<CreatedUserDto> CreateUserAsync(
        this HttpClient admin,
        string name,
        string scope,
        params string[] roles
    )
    {
        var response = await admin.PostAsJsonAsync("/api/admin/users", new { name, roles, scope });
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<CreatedUserDto>();
    }

    public static async Task<IssuedKeyDto> IssueKeyAsync(this HttpClient admin, string name)
    {
        var response = await admin.PostAsync($"/api/admin/users/{name}/keys", null);
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<IssuedKeyDto>();
    }

    public static HttpClient Bearer(this PlatformFactory platform, string key)
    {
        var client = platform.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static Task<ProblemDto> ProblemAsync(this HttpResponseMessage response) => response.ReadAsync<ProblemDto>();
}
