using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Platform.Access.Contracts;

namespace Platform.Web;

/// <summary>The few plain HTTP endpoints the pages need: sign-out and the language switch.</summary>
internal static class WebEndpoints
{
    public static void MapWebEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post with the antiforgery token (a link could be followed by another site). The token is checked here:
        // the antiforgery middleware checks only endpoints that bind a form, and this one binds nothing.
        app.MapPost(
                "/sign-out",
                async Task<Results<RedirectHttpResult, BadRequest>> (HttpContext context, IAntiforgery antiforgery) =>
                {
                    if (!await antiforgery.IsRequestValidAsync(context))
                    {
                        return TypedResults.BadRequest();
                    }

            await context.SignOutAsync(AccessSchemes.Session);
            return TypedResults.LocalRedirect("/sign-in");
        }).AllowAnonymous();

        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context) =>
            {
                var language = code == "en" ? "en" : "vi";
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        IsEssential = true,
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                    }
                );
                return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous();
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
