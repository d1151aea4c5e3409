using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Layout;

/// <summary>axe-core finds no serious or critical violation on the pages of this part, on a desktop and a
/// phone.</summary>
[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebPlatform platform) : BrowserTest(platform)
{
    [Fact]
    public async Task The_sign_in_page_passes_axe_in_Vietnamese_in_English_and_after_a_wrong_key()
    {
        await Page.GotoAsync("/sign-in");
        await Page.AssertAccessibleAsync();

        await Page.Locator("#user-name").FillAsync("hoa");
        await Page.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.Locator("#key-error")).ToHaveTextAsync("Hãy nhập khóa truy cập.");
        await Page.AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_unit_tree_with_search_results_passes_axe()
    {
        await Page.SignInAsync(Platform.Users.Planner75);
        await Page.AssertAccessibleAsync();

        await Page.GetByLabel("Tìm đơn vị").FillAsync("phuoc");
        await Page.Locator("[data-testid=unit-search-results] li").First.WaitForAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_unit_page_passes_axe_and_so_does_its_not_found_message()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: "/units/75");
        await Assertions.Expect(Page.Locator("#children-title")).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("unit-desktop");

        await Page.OpenAsync("/units/79");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_sign_in_page_and_the_unit_tree_pass_axe_on_a_phone_with_the_menu_open()
    {
        var phone = await NewPhonePageAsync();
        await phone.GotoAsync("/sign-in");
        await phone.AssertAccessibleAsync();

        await phone.SignInAsync(Platform.Users.CommuneOfficer);
        await phone.AssertAccessibleAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Mở hoặc đóng trình đơn" }).ClickAsync();
        await phone.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_not_found_and_forbidden_pages_say_so_in_Vietnamese_and_pass_axe()
    {
        await Page.SignInAsync(Platform.Users.CommuneOfficer, returnUrl: "/forbidden");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Không có quyền truy cập");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("Tài khoản của bạn không có quyền mở trang này.");
        await Page.AssertAccessibleAsync();

        await Page.OpenAsync("/not-found");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Không tìm thấy trang");
        await Page.AssertAccessibleAsync();
    }
}
