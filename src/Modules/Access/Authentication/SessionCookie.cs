using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Contracts;

namespace Platform.Access.Authentication;

/// <summary>
/// The web interface's session (issue 13): an HttpOnly, SameSite=Lax cookie, Secure outside localhost, that expires
/// after <c>Web:SessionIdleMinutes</c> without a request. It carries the id of the key the person signed in with, and
/// every request checks that key and its user again, so revoking the key or disabling the user ends the session at
/// once.
/// </summary>
internal static class SessionCookie
{
    public const string Name = ".Platform.Session";

    public const int DefaultIdleMinutes = 30;

    public static AuthenticationBuilder AddSessionCookie(
        this AuthenticationBuilder builder,
        IConfiguration configuration
    )
    {
        var idle = configuration.GetValue("Web:SessionIdleMinutes", DefaultIdleMinutes);
        return builder.AddCookie(AccessSchemes.Session, options =>
        {
            options.Cookie.Name = Name;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Max(1, idle));
            options.SlidingExpiration = true;
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.AccessDeniedPath = "/forbidden";
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnValidatePrincipal = ValidateAsync;
            options.Events.OnSigningIn = context =>
            {
                // Over plain HTTP anywhere but this machine the cookie is Secure, so a browser never sends it in clear.
                context.CookieOptions.Secure |= !IsLocal(context.Request);
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>A request to this machine itself (localhost, 127.0.0.1, ::1): the only place a session may go without
    /// TLS.</summary>
    public static bool IsLocal(HttpRequest request) =>
        request.Host.Host is "localhost"
        || (IPAddress.TryParse(request.Host.Host, out var address) && IPAddress.IsLoopback(address));

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var verifier = context.HttpContext.RequestServices.GetRequiredService<KeyVerifier>();
        var identity = await verifier.VerifySessionAsync(context.Principal, context.HttpContext.RequestAborted);
        if (identity is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccessSchemes.Session);
            return;
        }

        // Roles or scope changed since sign-in: the session carries today's.
        context.ReplacePrincipal(new System.Security.Claims.ClaimsPrincipal(identity));
    }
}
