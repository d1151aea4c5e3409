using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Account;

/// <summary>Signing in with a user name and a key, and out again, in Debian's Chromium.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInTests(WebPlatform platform) : BrowserTest(platform)
{
    public const string Wrong = "Tên người dùng hoặc khóa truy cập không đúng.";

    [Fact]
    public async Task An_unsigned_browser_opening_the_home_page_lands_on_the_Vietnamese_sign_in_page_with_a_password_field_for_the_key()
    {
        await Page.GotoAsync("/");

        Page.PathOf().Should().Be("/sign-in");
        (await Page.LanguageAsync()).Should().Be("vi");
        (await Page.TitleAsync()).Should().Be("Đăng nhập · Truyền thông BHXH");
        (await Page.Locator("h1").InnerTextAsync()).Should().Be("Đăng nhập");
        (await Page.Locator("label[for=user-name]").InnerTextAsync()).Should().Be("Tên người dùng");
        (await Page.Locator("label[for=key]").InnerTextAsync()).Should().Be("Khóa truy cập");
        (await Page.Locator("#key").GetAttributeAsync("type")).Should().Be("password");
        (await Page.Locator("button[type=submit]").InnerTextAsync()).Should().Be("Đăng nhập");
        await Page.ScreenshotAsync("sign-in-desktop");
    }

    [Fact]
    public async Task A_wrong_key_says_only_that_the_user_or_key_is_wrong_and_keeps_the_user_name_but_never_the_key()
    {
        var hoa = Platform.Users.Planner75;
        await Page.GotoAsync("/sign-in");
        await Page.Locator("#user-name").FillAsync(hoa.Name);
        await Page.Locator("#key").FillAsync("not-the-key-of-hoa-0123456789");
        await Page.Locator("button[type=submit]").ClickAsync();

        (await Page.Locator("[data-testid=sign-in-error]").InnerTextAsync()).Should().Be(Wrong);
        (await Page.Locator(".field-error").AllInnerTextsAsync()).Should().Equal(Wrong);
        Page.PathOf().Should().Be("/sign-in");
        (await Page.Locator("#user-name").InputValueAsync()).Should().Be(hoa.Name);
        (await Page.Locator("#key").InputValueAsync()).Should().BeEmpty();
        (await Page.ContentAsync()).Should().NotContain("not-the-key-of-hoa");

        await Page.Locator("#key").FillAsync(hoa.Key);
        await Page.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(Platform.Url("/"));
        await Page.WaitForInteractiveAsync();
        (await Page.Locator("[data-testid=signed-in-user]").InnerTextAsync()).Should().Be(hoa.Name);
        (await Page.Locator("h1").InnerTextAsync()).Should().Be("Đơn vị hành chính");
        (await Page.ContentAsync()).Should().NotContain(hoa.Key);
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_the_home_page_asks_to_sign_in_again()
    {
        await Page.SignInAsync(Platform.Users.Planner75);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Page.WaitForURLAsync(Platform.Url("/sign-in"));

        (await Page.Context.CookiesAsync()).Select(c => c.Name).Should().NotContain(".Platform.Session");
        await Page.GotoAsync("/");
        Page.PathOf().Should().Be("/sign-in");
        (await Page.Locator("h1").InnerTextAsync()).Should().Be("Đăng nhập");
    }

    [Fact]
    public async Task Signing_in_goes_back_to_the_page_the_person_was_opening()
    {
        await Page.GotoAsync("/units/75");
        Page.PathOf().Should().Be("/sign-in");

        await Page.Locator("#user-name").FillAsync(Platform.Users.Planner75.Name);
        await Page.Locator("#key").FillAsync(Platform.Users.Planner75.Key);
        await Page.Locator("button[type=submit]").ClickAsync();

        await Page.WaitForURLAsync(Platform.Url("/units/75"));
        await Page.WaitForInteractiveAsync();
        (await Page.Locator("h1").InnerTextAsync()).Should().Be("Tỉnh Đồng Nai");
    }
}
