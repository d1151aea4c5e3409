using Microsoft.Playwright;
using Platform.BuildingBlocks.Security;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Officer;

/// <summary>The yearly report: seen, downloaded, submitted before its deadline; the overdue ones stand out.</summary>
[Collection(OfficerCollection.Name)]
public sealed class YearlyReportTests(OfficerPlatform platform) : BrowserTest<OfficerPlatform>(platform)
{
    [Fact]
    public async Task A_commune_officer_opens_the_report_downloads_it_and_submits_it()
    {
        var officer = await Platform.CreateUserAsync(
            "officer.report",
            PlatformRoles.CommuneOfficer,
            "25210",
            "Đỗ Thị Báo"
        );
        await Page.SignInAsync(officer, returnUrl: "/progress");
        var report = Page.Locator("[data-testid=unit-report] a");
        await Assertions.Expect(report).ToHaveTextAsync("Báo cáo kết quả công tác tuyên truyền BHXH hằng năm");

        await report.ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToContainTextAsync("Báo cáo năm 2026");
        await Assertions
            .Expect(Page.Locator("[data-testid=report-lines]"))
            .ToContainTextAsync("Số hội nghị tuyên truyền trực tiếp tại mỗi xã được chọn");
        await Page.WaitForInteractiveAsync();
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("yearly-report-desktop", fullPage: true);

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.Locator("[data-testid=report-docx]").ClickAsync()
        );
        download.SuggestedFilename.Should().Be("bao-cao-25210-2026-2030-2026.docx");
        var path = await download.PathAsync();
        (await File.ReadAllBytesAsync(path!)).Take(2).Should().Equal((byte)'P', (byte)'K');

        var workbook = await Page.RunAndWaitForDownloadAsync(() =>
            Page.Locator("[data-testid=report-xlsx]").ClickAsync()
        );
        workbook.SuggestedFilename.Should().Be("25210-2026-2030-2026-report.xlsx");

        await Page.Locator("#report-by").FillAsync("Đỗ Thị Báo");
        await Page.Locator("#report-note").FillAsync("Số liệu đến ngày gửi.");
        await Page.Locator("[data-testid=report-submit]").ClickAsync();

        await Assertions
            .Expect(Page.Locator("[data-testid=report-submitted]"))
            .ToContainTextAsync("người báo cáo: Đỗ Thị Báo");
        await Assertions
            .Expect(Page.Locator("[data-testid=report-status] [data-status]"))
            .ToHaveAttributeAsync("data-status", new System.Text.RegularExpressions.Regex("^Submitted"));
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_report_of_another_province_is_not_found_and_its_file_neither()
    {
        await Page.SignInAsync(Platform.Users.Planner79, returnUrl: "/reports/25222-2026-2030/2026");

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("25222-2026-2030");
        var file = await Page.APIRequest.GetAsync("/files/reports/25222-2026-2030/2026/docx");
        file.Status.Should().Be(404);
    }

    [Fact]
    public async Task After_the_communes_deadline_the_overdue_reports_come_first_highlighted_and_in_words()
    {
        // The communes of Đồng Nai report to the province by 15/12/2026 (seed 001): move past it.
        var after = new DateTimeOffset(2026, 12, 16, 8, 0, 0, TimeSpan.Zero);
        if (Platform.Clock.GetUtcNow() < after)
        {
            Platform.Clock.Advance(after - Platform.Clock.GetUtcNow());
        }

        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: "/reports");
        var first = Page.Locator("[data-testid=report-table] tbody tr").First;
        await Assertions.Expect(first).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("row-overdue"));
        await Assertions.Expect(first).ToContainTextAsync("Quá hạn");
        await Assertions.Expect(Page.Locator("[data-testid=report-counts]")).ToContainTextAsync("96 báo cáo");
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("reports-desktop");

        await Page.GetByLabel("Chỉ báo cáo quá hạn hoặc nộp muộn").CheckAsync();
        await Assertions
            .Expect(Page.Locator("[data-testid=report-table] tbody tr.row-overdue").First)
            .ToBeVisibleAsync();
        await Assertions
            .Expect(Page.Locator("[data-testid=report-table] tbody tr").Filter(new() { HasText = "75-2026-2030" }))
            .ToHaveCountAsync(0);

        var phone = await NewPhonePageAsync();
        await phone.SignInAsync(Platform.Users.Planner75, returnUrl: "/reports");
        await Assertions
            .Expect(phone.Locator("[data-testid=report-table] tbody tr").First)
            .ToContainTextAsync("Quá hạn");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.AssertAccessibleAsync();
    }
}
