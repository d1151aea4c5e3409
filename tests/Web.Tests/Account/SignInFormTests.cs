using System.Net;
using Platform.TestKit;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Account;

/// <summary>The sign-in and sign-out forms over plain HTTP (in-memory host): antiforgery, and the cookie's Secure
/// flag.</summary>
public sealed class SignInFormTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_sign_in_form_posted_without_its_antiforgery_token_is_refused_with_400_and_signs_nobody_in()
    {
        using var client = platform.BrowserlikeClient();
        var token = await SignInForm.TokenAsync(client);

        var forged = await SignInForm.PostAsync(
            client,
            PlatformFactory.AdminName,
            PlatformFactory.AdminKey,
            token: null
        );

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        SignInForm.SessionCookie(forged).Should().BeNull();
        var genuine = await SignInForm.PostAsync(client, PlatformFactory.AdminName, PlatformFactory.AdminKey, token);
        genuine.StatusCode.Should().Be(HttpStatusCode.Redirect);
        genuine.Headers.Location!.AbsolutePath.Should().Be("/");
        SignInForm.SessionCookie(genuine).Should().NotBeNull();
    }

    [Fact]
    public async Task A_sign_out_posted_without_its_antiforgery_token_is_refused_and_the_session_goes_on()
    {
        using var client = platform.BrowserlikeClient();
        var token = await SignInForm.TokenAsync(client);
        (await SignInForm.PostAsync(client, PlatformFactory.AdminName, PlatformFactory.AdminKey, token))
            .StatusCode.Should()
            .Be(HttpStatusCode.Redirect);

        var forged = await client.PostAsync("/sign-out", new FormUrlEncodedContent([]));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        SignInForm.SessionCookie(forged).Should().BeNull();
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        var genuine = await client.PostAsync(
            "/sign-out",
            new FormUrlEncodedContent([new("__RequestVerificationToken", await SignInForm.TokenAsync(client, "/"))])
        );
        genuine.StatusCode.Should().Be(HttpStatusCode.Redirect);
        genuine.Headers.Location!.OriginalString.Should().Be("/sign-in");
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_session_cookie_is_HttpOnly_and_SameSite_Lax_everywhere_and_Secure_outside_localhost()
    {
        using var local = platform.BrowserlikeClient();
        using var remote = platform.BrowserlikeClient(new Uri("http://bhxh.example.vn/"));

        var onLocalhost = await SignInForm.PostAsync(
            local,
            PlatformFactory.AdminName,
            PlatformFactory.AdminKey,
            await SignInForm.TokenAsync(local)
        );
        var elsewhere = await SignInForm.PostAsync(
            remote,
            PlatformFactory.AdminName,
            PlatformFactory.AdminKey,
            await SignInForm.TokenAsync(remote)
        );

        SignInForm
            .SessionCookie(onLocalhost)
            .Should()
            .Contain("; httponly")
            .And.Contain("; samesite=lax")
            .And.NotContain("; secure");
        SignInForm
            .SessionCookie(elsewhere)
            .Should()
            .Contain("; httponly")
            .And.Contain("; samesite=lax")
            .And.Contain("; secure");
    }
}
