using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Navigation;

/// <summary>The unit tree and the search, within the signed-in person's scope.</summary>
[Collection(WebCollection.Name)]
public sealed class UnitNavigationTests(WebPlatform platform) : BrowserTest(platform)
{
    [Fact]
    public async Task A_provincial_planner_of_75_sees_the_tree_of_Dong_Nai_with_its_95_communes_not_the_nation()
    {
        await Page.SignInAsync(Platform.Users.Planner75);

        var tree = Page.Locator(".unit-tree");
        (await tree.Locator("> .tree-node > a").InnerTextAsync()).Should().Be("Tỉnh Đồng Nai");
        await tree.Locator(".tree-children > .tree-node").First.WaitForAsync();
        (await tree.Locator(".tree-children > .tree-node").CountAsync()).Should().Be(95);
        (await tree.Locator(".tree-children > .tree-node > a").First.InnerTextAsync()).Should().Be("Phường Bình Phước");
        (await tree.InnerTextAsync()).Should().NotContain("Việt Nam").And.NotContain("Hồ Chí Minh");
        await Page.ScreenshotAsync("units-desktop");
    }

    [Fact]
    public async Task Searching_dong_nai_without_diacritics_finds_Dong_Nai()
    {
        await Page.SignInAsync(Platform.Users.Planner75);

        await Page.GetByLabel("Tìm đơn vị").FillAsync("dong nai");

        var results = Page.Locator("[data-testid=unit-search-results] li a");
        await results.First.WaitForAsync();
        (await results.AllInnerTextsAsync()).Should().Equal("Tỉnh Đồng Nai");
        (await results.First.GetAttributeAsync("href")).Should().Be("units/75");
        await results.First.ClickAsync();
        await Page.WaitForURLAsync(Platform.Url("/units/75"));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Tỉnh Đồng Nai");
    }

    [Fact]
    public async Task A_planner_of_79_searching_dong_nai_finds_nothing_and_opening_unit_75_gets_a_not_found_message_without_its_data()
    {
        await Page.SignInAsync(Platform.Users.Planner79);
        (await Page.Locator(".unit-tree > .tree-node > a").InnerTextAsync()).Should().Be("Thành phố Hồ Chí Minh");

        await Page.GetByLabel("Tìm đơn vị").FillAsync("dong nai");

        var none = Page.Locator("#main [role=status]");
        await none.WaitForAsync();
        (await none.InnerTextAsync()).Should().Be("Không có đơn vị nào khớp với \"dong nai\" trong phạm vi của bạn.");
        (await Page.Locator("[data-testid=unit-search-results]").CountAsync()).Should().Be(0);

        await Page.OpenAsync("/units/75");

        (await Page.GetByRole(AriaRole.Alert).InnerTextAsync())
            .Should()
            .Be("Không có đơn vị hành chính nào mang mã '75'.");
        var main = await Page.Locator("#main").InnerTextAsync();
        main.Should().NotContain("Đồng Nai").And.NotContain("Bình Phước").And.NotContain("Đơn vị trực thuộc");
    }
}
