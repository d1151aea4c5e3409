using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Access.Texts;

namespace Platform.Access.Authentication;

/// <summary>
/// API-key authentication (ADR 0009): <c>Authorization: Basic base64(name:key)</c>, the key belonging to that user, or
/// <c>Authorization: Bearer key</c>. A 401 names both schemes, so Excel and Power BI offer their Basic prompt.
/// </summary>
internal sealed partial class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KeyVerifier verifier,
    IStringLocalizer<AccessTexts> texts
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = Contracts.AccessSchemes.ApiKey;

    public const string Challenge = "Basic realm=\"Platform\", Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var credentials = Credentials.Parse(Request.Headers.Authorization, texts, out var malformed);
        if (credentials is null)
        {
            return malformed is null ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(malformed);
        }

        var (identity, reason) = await verifier.VerifyAsync(credentials, SchemeName, Context.RequestAborted);
        if (identity is null)
        {
            LogRefused(Logger, credentials.UserName ?? "(bearer)", Request.Method, Request.Path, reason);
            return AuthenticateResult.Fail(reason!);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = Challenge;
        await AccessResponses.WriteAsync(
            Context,
            StatusCodes.Status401Unauthorized,
            texts["Title.Unauthorized"],
            result.Failure?.Message ?? texts["Auth.NoCredentials"]
        );
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var user = Context.User;
        var roles = string.Join(", ", user.FindAll(ClaimTypes.Role).Select(c => c.Value));
        return AccessResponses.WriteAsync(
            Context,
            StatusCodes.Status403Forbidden,
            texts["Title.Forbidden"],
            texts["Auth.Forbidden", user.Identity?.Name ?? string.Empty, roles]
        );
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Refused credentials of {User} on {Method} {Path}: {Reason}"
    )]
    private static partial void LogRefused(ILogger logger, string user, string method, PathString path, string? reason);
}
