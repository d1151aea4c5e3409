using System.Globalization;
using Platform.Access.Texts;
using Platform.BuildingBlocks.Texts;
using Platform.BuildingBlocks.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Access.Users;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Persistence;

/// <summary>
/// The first way in: on a database without users, <c>Auth:BootstrapAdminKey</c> (<c>Auth__BootstrapAdminKey</c> in the
/// environment) becomes the key of user <c>admin</c>, administrator over the nation. Once any user exists it is
/// ignored.
/// </summary>
internal static partial class BootstrapAdministrator
{
    public const string SettingName = "Auth:BootstrapAdminKey";
    public const string UserName = "admin";

    /// <summary>The configured key, or null when none is set; throws with the reason when it is too weak to
    /// use.</summary>
    public static string? ConfiguredKey(IConfiguration configuration)
    {
        var key = configuration[SettingName];
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        if (
            key.Length < ApiKeys.MinimumConfiguredLength
            || key.Length > ApiKeys.MaximumLength
            || key.Trim().Length != key.Length
        )
        {
            throw new StartupConfigurationException(new ResourceTexts(typeof(AccessTexts)).Get(
                "Startup.BootstrapKey", CultureInfo.CurrentUICulture, ApiKeys.MinimumConfiguredLength,
                ApiKeys.MaximumLength, key.Length));
        }

        return key;
    }

    public static async Task EnsureAsync(
        AccessDbContext db,
        string? key,
        TimeProvider clock,
        ILogger logger,
        CancellationToken cancellationToken
    )
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            if (key is not null)
            {
                LogIgnored(logger, SettingName);
            }

            return;
        }

        if (key is null)
        {
            LogNoUsers(logger, "Auth__BootstrapAdminKey", UserName);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var apiKey = ApiKeys.New(key, "bootstrap", now);
        db.Users.Add(new User
        {
            Name = UserName,
            NormalizedName = UserName,
            DisplayName = "Administrator",
            Roles = [PlatformRoles.Administrator],
            ScopeLevel = ScopeLevel.Nation,
            CreatedAtUtc = now,
            CreatedBy = "bootstrap",
            Keys = [apiKey],
        });
        await db.SaveChangesAsync(cancellationToken);
        LogCreated(logger, UserName, SettingName, apiKey.KeyId);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "{Setting} is ignored: users exist already. Manage keys with the issue-key and revoke-key verbs."
    )]
    private static partial void LogIgnored(ILogger logger, string setting);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "There are no users, so every request but /health answers 401. Start once with {Variable}=<a long "
            + "random secret> "
            + "to create user '{User}' with that key, or run: dotnet run --project src/Host -- create-user "
            + "NAME --role administrator --scope VN"
    )]
    private static partial void LogNoUsers(ILogger logger, string variable, string user);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Created user '{User}' (administrator, nation) whose key is {Setting} (key id {KeyId}). Create named "
            + "users and revoke this key once they exist."
    )]
    private static partial void LogCreated(ILogger logger, string user, string setting, string keyId);
}
