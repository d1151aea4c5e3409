using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Layout;

/// <summary>A commune officer's phone: 360 CSS pixels wide, nothing scrolls sideways, the menu opens from its
/// button.</summary>
[Collection(WebCollection.Name)]
public sealed class PhoneTests(WebPlatform platform) : BrowserTest(platform)
{
    [Fact]
    public async Task On_a_360_pixel_phone_the_sign_in_page_does_not_scroll_sideways()
    {
        var phone = await NewPhonePageAsync();

        await phone.GotoAsync("/");

        phone.PathOf().Should().Be("/sign-in");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await Assertions.Expect(phone.Locator("button[type=submit]")).ToBeInViewportAsync();
        await phone.ScreenshotAsync("sign-in-phone");
    }

    [Fact]
    public async Task On_a_360_pixel_phone_the_unit_tree_does_not_scroll_sideways_and_the_menu_opens_from_its_button()
    {
        var phone = await NewPhonePageAsync();
        await phone.SignInAsync(Platform.Users.CommuneOfficer);

        await Assertions.Expect(phone.Locator(".unit-tree > .tree-node > a")).ToHaveTextAsync(WebUsers.CommuneName);
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        var menuLink = phone
            .GetByRole(AriaRole.Navigation, new() { Name = "Trình đơn chính" })
            .GetByRole(AriaRole.Link, new() { Name = "Đơn vị hành chính" });
        await Assertions.Expect(menuLink).Not.ToBeInViewportAsync();
        await phone.ScreenshotAsync("units-phone");

        await phone.GetByRole(AriaRole.Button, new() { Name = "Mở hoặc đóng trình đơn" }).ClickAsync();

        await Assertions.Expect(menuLink).ToBeInViewportAsync();
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.ScreenshotAsync("menu-phone");
    }

    [Fact]
    public async Task On_a_360_pixel_phone_Dong_Nai_with_its_95_communes_does_not_scroll_sideways()
    {
        var phone = await NewPhonePageAsync();
        await phone.SignInAsync(Platform.Users.Planner75, returnUrl: "/units/75");

        await Assertions.Expect(phone.Locator("#children-title")).ToHaveTextAsync("Đơn vị trực thuộc (95)");
        await Assertions.Expect(phone.Locator(".tree-children > .tree-node")).ToHaveCountAsync(95);
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
    }
}
