using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Account;

/// <summary>Vietnamese by default, English one click away, and back.</summary>
[Collection(WebCollection.Name)]
public sealed class LanguageTests(WebPlatform platform) : BrowserTest(platform)
{
    [Fact]
    public async Task The_language_link_of_the_sign_in_page_switches_to_English_and_back_to_Vietnamese()
    {
        await Page.GotoAsync("/sign-in");

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Page.PathOf().Should().Be("/sign-in");
        (await Page.Locator("h1").InnerTextAsync()).Should().Be("Sign in");
        (await Page.Locator("label[for=user-name]").InnerTextAsync()).Should().Be("User name");
        (await Page.Locator("label[for=key]").InnerTextAsync()).Should().Be("Access key");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();

        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        (await Page.Locator("h1").InnerTextAsync()).Should().Be("Đăng nhập");
    }

    [Fact]
    public async Task A_signed_in_person_switches_the_unit_page_to_English_and_stays_on_it()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: "/units/75");

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Page.WaitForInteractiveAsync();
        Page.PathOf().Should().Be("/units/75");
        await Assertions.Expect(Page.Locator("#children-title")).ToHaveTextAsync("Units below (95)");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        (await Page.Locator(".muted").First.InnerTextAsync()).Should().Be("75 · Province · in force from 01/07/2025");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();

        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(Page.Locator("#children-title")).ToHaveTextAsync("Đơn vị trực thuộc (95)");
    }

    [Fact]
    public async Task A_browser_that_asks_for_English_gets_English_pages_from_the_start()
    {
        var page = await NewDesktopPageAsync(locale: "en-GB");

        await page.GotoAsync("/");

        (await page.LanguageAsync()).Should().Be("en");
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Sign in");
    }
}
