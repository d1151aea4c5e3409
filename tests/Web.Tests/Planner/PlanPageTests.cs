using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Planner;

/// <summary>
/// A provincial planner of Đồng Nai at work: her unit's plans, the plan of Đồng Nai with its targets, the target "67
/// communes" and why, her communes' plans generated again, a commune's share overridden and the regeneration's
/// differences naming her override.
/// </summary>
[Collection(PlannerCollection.Name)]
public sealed class PlanPageTests(PlannerPlatform platform) : BrowserTest<PlannerPlatform>(platform)
{
    private const string Plan = PlannerPlatform.Plan;

    [Fact]
    public async Task The_unit_page_of_Dong_Nai_lists_its_plan_with_its_status_and_the_national_plans_read_only()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: "/units/75");

        var own = Page.Locator("[data-testid=own-plans] li");
        await Assertions.Expect(own).ToHaveCountAsync(1);
        await Assertions.Expect(own.First).ToContainTextAsync("75-2026-2030 · giai đoạn 2026–2030 · Dự thảo");
        // The launch day's plan of 2020, then the two five-year plans.
        await Assertions.Expect(Page.Locator("[data-testid=plans-above] li")).ToHaveCountAsync(3);
        await Assertions.Expect(Page.Locator("[data-testid=plans-above] li").First).ToContainTextAsync("VN-KHLT-2020");
        await Assertions
            .Expect(Page.Locator("[data-testid=plans-above] li").Last)
            .ToContainTextAsync("VN-2026-2030 · giai đoạn 2026–2030 · Việt Nam · Đang thực hiện · chỉ xem");
        await Assertions.Expect(Page.Locator("[data-testid=unit-obligations] li")).ToHaveCountAsync(8);
        await Page.AssertAccessibleAsync();

        await own.First.GetByRole(AriaRole.Link).ClickAsync();
        await Page.WaitForURLAsync(Platform.Url($"/plans/{Plan}"));
        await Assertions
            .Expect(Page.Locator("[data-testid=plan-title]"))
            .ToContainTextAsync("tỉnh Đồng Nai giai đoạn 2026 - 2030");
    }

    [Fact]
    public async Task The_target_67_communes_opens_its_explanation_in_one_click()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: $"/plans/{Plan}");

        var target = Page.Locator("button.figure-button[data-indicator=GRASSROOTS_CONF][data-year='2026']");
        await Assertions.Expect(target).ToContainTextAsync("67 xã");
        await target.ClickAsync();

        var summary = Page.Locator("[data-testid=explanation-summary]");
        await Assertions
            .Expect(summary)
            .ToHaveTextAsync(
                "Tỉnh Đồng Nai phải đạt 67 xã, phường cho chỉ tiêu “Xã, phường tổ chức hội nghị tuyên truyền trực tiếp "
                    + "tại cơ sở” năm 2026, tính theo quy tắc share-of-subordinate-units/province-share-of-communes từ "
                    + "target of VN-2026-2030 for 2026."
            );
        await Assertions
            .Expect(Page.Locator("[data-testid=explanation-steps] li").Last)
            .ToHaveTextAsync("Kết quả: 67 xã, phường.");
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("plan-explanation-desktop");

        await Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(summary).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_plan_page_passes_axe_on_a_desktop_and_on_a_phone_without_scrolling_sideways()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: $"/plans/{Plan}");
        await Assertions
            .Expect(Page.Locator("[data-testid=obligation-grid] tbody tr").First)
            .ToContainTextAsync("Phường Bình Phước");
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("plan-desktop");

        var phone = await NewPhonePageAsync();
        await phone.SignInAsync(Platform.Users.Planner75, returnUrl: $"/plans/{Plan}");
        await Assertions
            .Expect(phone.Locator("[data-testid=obligation-grid] tbody tr").First)
            .ToContainTextAsync("Phường Bình Phước");
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("plan-phone");
    }

    [Fact]
    public async Task The_grid_pages_sorts_and_filters_on_the_server()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: $"/plans/{Plan}");
        var grid = Page.Locator("[data-testid=obligation-grid]");
        await Assertions.Expect(grid.Locator(".mud-table-pagination")).ToContainTextAsync("1–25 trong 3.365");

        await Page.Locator("#filter-unit").FillAsync("phuoc thai");
        await Assertions.Expect(grid.Locator(".mud-table-pagination")).ToContainTextAsync("1–25 trong 35");
        await Assertions.Expect(grid.Locator("tbody tr").First).ToContainTextAsync("Xã Phước Thái");

        await ChooseAsync("[data-testid=filter-year]", "2027");
        await Assertions.Expect(grid.Locator(".mud-table-pagination")).ToContainTextAsync("1–7 trong 7");
        var sort = Page.Locator("th", new() { HasText = "Tối thiểu" }).GetByRole(AriaRole.Button);
        await sort.ClickAsync();
        await sort.ClickAsync();
        await Assertions.Expect(sort).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-direction-desc"));
        // The arrow turns at the click; the rows follow when the server's sorted page arrives.
        await Assertions.Expect(grid.Locator("tbody tr td:nth-child(4)").First).ToHaveTextAsync("21");
        var floors = (await grid.Locator("tbody tr td:nth-child(4)").AllInnerTextsAsync())
            .Select(f => f.Trim() == "—" ? -1 : int.Parse(f.Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        floors
            .Should()
            .HaveCount(7)
            .And.BeInDescendingOrder("the server sorted the floors, largest first, those without a figure last");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_communes_share_is_overridden_with_a_reason_and_the_regeneration_names_the_override()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: $"/plans/{Plan}");
        var grid = Page.Locator("[data-testid=obligation-grid]");
        await ChooseAsync("[data-testid=filter-year]", "2026");
        await ChooseAsync(
            "[data-testid=filter-indicator]",
            "Xã, phường tổ chức hội nghị tuyên truyền trực tiếp tại cơ sở"
        );
        await ChooseAsync("[data-testid=filter-state]", "Theo quy tắc");
        await Assertions.Expect(grid.Locator(".mud-table-pagination")).ToContainTextAsync("trong 96");
        await Page.Locator("th", new() { HasText = "Tối thiểu" }).GetByRole(AriaRole.Button).ClickAsync();
        var row = grid.Locator("tbody tr").First;
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("0");
        var commune = (await row.Locator(".unit-name").InnerTextAsync()).Trim();

        await row.Locator("[data-action=override]").ClickAsync();
        var dialog = Page.Locator("[data-testid=override-dialog]");
        await Assertions
            .Expect(dialog.Locator("[data-testid=floor-rule]"))
            .ToContainTextAsync("miễn là tổng mức tối thiểu của các đơn vị vẫn không thấp hơn mức cấp trên giao");
        await Page.Locator("#override-floor").FillAsync("1");
        await Page.Locator("[data-testid=override-save]").ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Điều chỉnh nghĩa vụ cần ghi lý do (reason).");
        (await Page.Locator("#override-floor").InputValueAsync()).Should().Be("1", "what was typed stays");
        await Page.AssertAccessibleAsync();

        await Page.Locator("#override-reason").FillAsync("Xã đã đăng ký tổ chức hội nghị năm 2026");
        await Page.Locator("[data-testid=override-save]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await ChooseAsync("[data-testid=filter-state]", "Đã điều chỉnh");
        await Assertions.Expect(grid.Locator("tbody tr").First).ToContainTextAsync(commune);
        await Assertions.Expect(grid.Locator("tbody tr").First).ToContainTextAsync("Đã điều chỉnh");

        await Page.Locator("[data-testid=generate-start]").ClickAsync();
        var result = Page.Locator("[data-testid=generation-result]");
        await Assertions.Expect(result).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions
            .Expect(Page.Locator("[data-testid=run-progress]"))
            .ToHaveAttributeAsync("data-state", "succeeded");
        await Assertions.Expect(Page.Locator("[data-testid=run-counts]")).ToContainTextAsync("95/95 đơn vị (100 %)");
        await Assertions.Expect(result.Locator("[data-testid=differences] tbody tr").First)
            .ToContainTextAsync($"vì {commune} đã được hoa điều chỉnh thành 1");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_plan_document_and_the_yearly_report_download_under_the_session()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: $"/plans/{Plan}");

        var document = await Page.RunAndWaitForDownloadAsync(() =>
            Page.Locator("[data-testid=download-document]").ClickAsync()
        );
        var workbook = await Page.RunAndWaitForDownloadAsync(() =>
            Page.Locator("[data-testid=download-report-xlsx]").ClickAsync()
        );
        var report = await Page.RunAndWaitForDownloadAsync(() =>
            Page.Locator("[data-testid=download-report-docx]").ClickAsync()
        );

        document.SuggestedFilename.Should().Be("ke-hoach-75-2026-2030.docx");
        workbook.SuggestedFilename.Should().Be("75-2026-2030-2026-report.xlsx");
        report.SuggestedFilename.Should().Be("bao-cao-75-2026-2030-2026.docx");
        foreach (var download in new[] { document, workbook, report })
        {
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            bytes.Take(2).Should().Equal((byte)'P', (byte)'K');
        }

        await Assertions.Expect(Page).ToHaveURLAsync(Platform.Url($"/plans/{Plan}"));
    }

    /// <summary>Picks <paramref name="option"/> in a MudSelect (its list opens in a popover).</summary>
    private async Task ChooseAsync(string select, string option)
    {
        await Page.Locator(select).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
