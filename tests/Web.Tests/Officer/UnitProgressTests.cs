using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Officer;

/// <summary>A unit's page shows the year's progress of the unit: obligation, actual, share, status in words, the
/// chart.</summary>
[Collection(OfficerCollection.Name)]
public sealed class UnitProgressTests(OfficerPlatform platform) : BrowserTest<OfficerPlatform>(platform)
{
    [Fact]
    public async Task The_page_of_Dong_Nai_shows_its_progress_with_statuses_in_words_and_a_chart_against_the_expected_line()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: "/units/75");
        var progress = Page.Locator("[data-testid=unit-progress]");

        await Assertions.Expect(progress.Locator("h2")).ToHaveTextAsync("Tiến độ thực hiện năm 2026");
        var grassroots = progress
            .Locator("[data-testid=progress-table] tbody tr")
            .Filter(new() { HasText = "Xã, phường tổ chức hội nghị tuyên truyền trực tiếp tại cơ sở" });
        await Assertions.Expect(grassroots).ToContainTextAsync("67 xã, phường");
        await Assertions
            .Expect(grassroots.Locator("[data-status]"))
            .ToHaveTextAsync(
                new System.Text.RegularExpressions.Regex("(Chậm tiến độ|Có nguy cơ chậm|Đúng tiến độ|Đạt)$")
            );
        await Assertions.Expect(progress.Locator("[data-testid=progress-chart] svg").First).ToBeVisibleAsync();
        await progress.Locator(".chart-data summary").ClickAsync();
        await Assertions.Expect(progress.Locator(".chart-data tbody tr")).ToHaveCountAsync(12);
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("unit-progress-desktop", fullPage: true);
    }

    [Fact]
    public async Task A_planner_of_79_sees_neither_the_page_nor_the_progress_of_a_commune_of_75()
    {
        await Page.SignInAsync(Platform.Users.Planner79, returnUrl: $"/units/{WebUsers.CommuneCode}");

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-testid=unit-progress]")).ToHaveCountAsync(0);
    }
}
