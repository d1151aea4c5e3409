using Microsoft.Playwright;
using Platform.BuildingBlocks.Security;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Account;

/// <summary>The session cookie, as the browser holds it, and the ways a session ends.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionTests(WebPlatform platform) : BrowserTest(platform)
{
    [Fact]
    public async Task The_session_cookie_is_HttpOnly_SameSite_Lax_and_lives_only_as_long_as_the_browser()
    {
        await Page.SignInAsync(Platform.Users.Planner75);

        var session = (await Page.Context.CookiesAsync()).Single(c => c.Name == ".Platform.Session");
        session.HttpOnly.Should().BeTrue();
        session.SameSite.Should().Be(SameSiteAttribute.Lax);
        session.Path.Should().Be("/");
        session.Expires.Should().Be(-1, "a session cookie, never written to disk");
        (await Page.EvaluateAsync<string>("() => document.cookie")).Should().NotContain(".Platform.Session");
    }

    [Fact]
    public async Task A_session_idle_longer_than_Web_SessionIdleMinutes_asks_to_sign_in_again_and_each_page_load_restarts_the_idle_time()
    {
        await Page.SignInAsync(Platform.Users.Planner75);

        // 20 minutes on this host (the default is 30): each load within them keeps the session going.
        Platform.Clock.Advance(TimeSpan.FromMinutes(WebPlatform.SessionIdleMinutes - 1));
        await Page.OpenAsync("/");
        Page.PathOf().Should().Be("/");
        Platform.Clock.Advance(TimeSpan.FromMinutes(WebPlatform.SessionIdleMinutes - 1));
        await Page.OpenAsync("/");
        Page.PathOf().Should().Be("/");

        Platform.Clock.Advance(TimeSpan.FromMinutes(WebPlatform.SessionIdleMinutes + 1));
        await Page.GotoAsync("/units/75");

        Page.PathOf().Should().Be("/sign-in");
        (await Page.Locator("h1").InnerTextAsync()).Should().Be("Đăng nhập");
    }

    [Fact]
    public async Task Revoking_the_key_a_person_signed_in_with_sends_their_next_page_load_to_the_sign_in_page()
    {
        var lan = await Platform.CreateUserAsync("lan.revoked", PlatformRoles.ProvincialPlanner, "75");
        await Page.SignInAsync(lan);

        await Platform.RevokeKeyAsync(lan);
        await Page.GotoAsync("/units/75");

        Page.PathOf().Should().Be("/sign-in");
        (await Page.Context.CookiesAsync()).Select(c => c.Name).Should().NotContain(".Platform.Session");
    }

    [Fact]
    public async Task Disabling_a_user_sends_their_next_page_load_to_the_sign_in_page()
    {
        var nam = await Platform.CreateUserAsync("nam.disabled", PlatformRoles.ProvincialPlanner, "75");
        await Page.SignInAsync(nam);

        await Platform.DisableAsync(nam);
        await Page.GotoAsync("/");

        Page.PathOf().Should().Be("/sign-in");
    }

    [Fact]
    public async Task A_page_left_open_after_the_key_was_revoked_goes_to_the_sign_in_page_on_its_next_action()
    {
        var thu = await Platform.CreateUserAsync("thu.open", PlatformRoles.ProvincialPlanner, "75");
        await Page.SignInAsync(thu);

        await Platform.RevokeKeyAsync(thu);
        await Page.GetByLabel("Tìm đơn vị").PressSequentiallyAsync("dong nai");

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/sign-in");
        Page.Url.Should().EndWith("/sign-in?returnUrl=%2F");
    }
}
