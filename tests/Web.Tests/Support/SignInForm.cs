using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.TestKit;

namespace Platform.Web.Tests.Support;

/// <summary>The sign-in form as plain HTTP: what a browser posts, with or without the antiforgery token it was
/// given.</summary>
public static partial class SignInForm
{
    /// <summary>A client like a browser without credentials: cookies kept, redirects not followed, no language asked
    /// (Vietnamese).</summary>
    public static HttpClient BrowserlikeClient(this PlatformFactory platform, Uri? baseAddress = null)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true };
        if (baseAddress is not null)
        {
            options.BaseAddress = baseAddress;
        }

        var client = platform.CreateClient(options);
        client.DefaultRequestHeaders.Authorization = null;
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        return client;
    }

    /// <summary>Opens <paramref name="path"/> and reads the antiforgery token of its form (its cookie stays in the
    /// client).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path = "/sign-in")
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var match = TokenField().Match(await response.Content.ReadAsStringAsync());
        match.Success.Should().BeTrue($"{path} carries an antiforgery token");
        return match.Groups[1].Value;
    }

    /// <summary>Posts the sign-in form with <paramref name="userName"/> and <paramref name="key"/>, and
    /// <paramref name="token"/> if given.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string key, string? token)
    {
        ArgumentNullException.ThrowIfNull(client);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("_handler", "sign-in"),
            new("Input.UserName", userName),
            new("Input.Key", key),
        };
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        return client.PostAsync("/sign-in", new FormUrlEncodedContent(fields));
    }

    /// <summary>The <c>Set-Cookie</c> header of the session cookie, or null.</summary>
    public static string? SessionCookie(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(".Platform.Session=", StringComparison.Ordinal))
            : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
