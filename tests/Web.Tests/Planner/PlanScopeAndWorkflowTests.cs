using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Planner;

/// <summary>
/// Who sees and does what on the planner's pages: a planner of 79 never sees Đồng Nai's; the national planner generates
/// a province's plans and watches the run; a plan is submitted, then returned with a reason by another planner of the
/// unit above; two planners editing one obligation both see what happened.
/// </summary>
[Collection(PlannerCollection.Name)]
public sealed class PlanScopeAndWorkflowTests(PlannerPlatform platform) : BrowserTest<PlannerPlatform>(platform)
{
    [Fact]
    public async Task A_planner_of_79_never_sees_the_plans_targets_or_documents_of_75()
    {
        await Page.SignInAsync(Platform.Users.Planner79, returnUrl: $"/plans/{PlannerPlatform.Plan}");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("Không có kế hoạch nào mang mã '75-2026-2030'.");
        await Page.AssertAccessibleAsync();

        await Page.OpenAsync("/plans/VN-2026-2030");
        await Assertions.Expect(Page.Locator("[data-testid=read-only]")).ToBeVisibleAsync();
        await Assertions
            .Expect(Page.Locator("[data-testid=obligation-grid] .mud-table-pagination"))
            .ToContainTextAsync("trong");
        await Page.Locator("#filter-unit").FillAsync("phuoc thai");
        await Assertions
            .Expect(Page.Locator("[data-testid=obligation-grid]"))
            .ToContainTextAsync("Không có chỉ tiêu nào khớp với điều kiện lọc.");
        var main = await Page.Locator("#main").InnerTextAsync();
        main.Should().NotContain("Đồng Nai").And.NotContain("75-2026-2030");
        await Assertions
            .Expect(Page.Locator("[data-testid=generate-own]"))
            .ToContainTextAsync("Thành phố Hồ Chí Minh (79)");
        await Page.AssertAccessibleAsync();

        var document = await Page.APIRequest.GetAsync($"/files/plans/{PlannerPlatform.Plan}/document");
        document.Status.Should().Be(404);
        var report = await Page.APIRequest.GetAsync($"/files/reports/{PlannerPlatform.Plan}/2026/xlsx");
        report.Status.Should().Be(404);
    }

    [Fact]
    public async Task A_provincial_planner_of_75_generates_Dong_Nais_plan_and_its_communes_from_the_national_plan_and_no_other()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: "/plans/VN-2026-2030");

        await Assertions
            .Expect(Page.Locator("[data-testid=generate-own]"))
            .ToHaveTextAsync(
                "Kế hoạch này do cấp trên ban hành. Từ kế hoạch này, bạn chỉ lập kế hoạch cho đơn vị mình: Tỉnh Đồng "
                    + "Nai (75)."
            );
        await Assertions.Expect(Page.Locator("[data-testid=generate-all]")).ToHaveCountAsync(0);
        await Assertions
            .Expect(Page.GetByLabel("Lập tiếp cho các đơn vị cấp dưới nữa (đến cấp xã)"))
            .ToBeCheckedAsync();
        await Page.Locator("[data-testid=generate-start]").ClickAsync();

        var progress = Page.Locator("[data-testid=run-progress]");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-state", "succeeded", new() { Timeout = 60_000 });
        (await Page.Locator("[data-testid=run-counts]").InnerTextAsync()).Should().StartWith("96/96 đơn vị (100 %)");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_national_planner_generates_a_provinces_plans_from_the_national_plan_and_watches_the_run()
    {
        await Page.SignInAsync(Platform.NationalPlanner, returnUrl: "/plans/VN-2026-2030");

        await Page.Locator("[data-testid=generate-one]").ClickAsync();
        await Page.Locator("[data-testid=generate-unit]").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "(79)" }).ClickAsync();
        await Assertions
            .Expect(Page.GetByLabel("Lập tiếp cho các đơn vị cấp dưới nữa (đến cấp xã)"))
            .ToBeCheckedAsync();
        await Page.Locator("[data-testid=generate-start]").ClickAsync();

        var progress = Page.Locator("[data-testid=run-progress]");
        await Assertions.Expect(progress).ToBeVisibleAsync();
        await Page.ScreenshotAsync("plan-generation-desktop");
        await Assertions.Expect(progress).ToHaveAttributeAsync("data-state", "succeeded", new() { Timeout = 60_000 });
        await Assertions.Expect(Page.Locator("[data-testid=generation-result]")).ToContainTextAsync("Đã tạo");
        var counts = await Page.Locator("[data-testid=run-counts]").InnerTextAsync();
        counts.Should().MatchRegex(@"^(\d+)/\1 đơn vị \(100 %\)", "every unit of Hồ Chí Minh City is done");
        await Page.AssertAccessibleAsync();

        await Page.OpenAsync("/units/79");
        await Assertions.Expect(Page.Locator("[data-testid=own-plans]")).ToContainTextAsync("79-2026-2030");
    }

    [Fact]
    public async Task A_commune_plan_is_submitted_then_returned_with_a_reason_by_another_planner_of_the_province()
    {
        const string commune = "/plans/25210-2026-2030";
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: commune);
        var actions = Page.Locator("[data-testid=status-actions]");
        await Assertions.Expect(actions).ToHaveTextAsync("Trình duyệt");
        await actions.GetByRole(AriaRole.Button, new() { Name = "Trình duyệt" }).ClickAsync();
        await Page.Locator("#status-note").FillAsync("Kính trình Sở Nội vụ");
        await Page.Locator("[data-testid=status-confirm]").ClickAsync();
        await Assertions.Expect(Page.Locator(".plan-meta")).ToContainTextAsync("Đã trình");
        await Assertions.Expect(actions).ToHaveCountAsync(0, new() { Timeout = 10_000 });

        var minh = await NewDesktopPageAsync();
        await minh.SignInAsync(Platform.SecondPlanner75, returnUrl: commune);
        var minhActions = minh.Locator("[data-testid=status-actions]");
        await Assertions.Expect(minhActions.GetByRole(AriaRole.Button)).ToHaveTextAsync(["Phê duyệt", "Trả lại"]);
        await minhActions.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await minh.Locator("[data-testid=status-confirm]").ClickAsync();
        await Assertions
            .Expect(minh.Locator(".status-form"))
            .ToContainTextAsync("Trả lại kế hoạch về dự thảo cần ghi lý do trong trường note.");
        await minh.AssertAccessibleAsync();

        await minh.Locator("#status-note").FillAsync("Bổ sung số liệu cộng tác viên");
        await minh.Locator("[data-testid=status-confirm]").ClickAsync();
        await Assertions.Expect(minh.Locator(".plan-meta")).ToContainTextAsync("Dự thảo");
        await Assertions
            .Expect(minh.Locator("[data-testid=plan-history] li").Last)
            .ToContainTextAsync("minh chuyển sang “Dự thảo”: “Bổ sung số liệu cộng tác viên”");
    }

    [Fact]
    public async Task Two_planners_override_one_obligation_and_the_second_sees_both_values_and_keeps_what_she_typed()
    {
        var hoa = Page;
        var minh = await NewDesktopPageAsync();
        await hoa.SignInAsync(Platform.Users.Planner75, returnUrl: $"/plans/{PlannerPlatform.Plan}");
        await minh.SignInAsync(Platform.SecondPlanner75, returnUrl: $"/plans/{PlannerPlatform.Plan}");
        await OpenOverrideAsync(hoa);
        await OpenOverrideAsync(minh);

        await minh.Locator("#override-floor").FillAsync("7");
        await minh.Locator("#override-stretch").FillAsync("9");
        await minh.Locator("#override-reason").FillAsync("Phường đông dân cư");
        await minh.Locator("[data-testid=override-save]").ClickAsync();
        await Assertions.Expect(minh.Locator("[data-testid=override-dialog]")).ToHaveCountAsync(0);

        await hoa.Locator("#override-floor").FillAsync("8");
        await hoa.Locator("#override-stretch").FillAsync("10");
        await hoa.Locator("#override-reason").FillAsync("Theo kế hoạch của phường");
        await hoa.Locator("[data-testid=override-save]").ClickAsync();

        var stale = hoa.Locator("[data-testid=override-stale]");
        await Assertions.Expect(stale).ToContainTextAsync("Trong lúc bạn sửa, minh đã thay đổi chỉ tiêu này.");
        await Assertions.Expect(stale).ToContainTextAsync("Giá trị hiện tại: 7–9 (lý do: Phường đông dân cư).");
        await Assertions.Expect(stale).ToContainTextAsync("Giá trị bạn nhập: 8–10 (lý do: Theo kế hoạch của phường).");
        (await hoa.Locator("#override-floor").InputValueAsync()).Should().Be("8");
        (await hoa.Locator("#override-reason").InputValueAsync()).Should().Be("Theo kế hoạch của phường");
        await hoa.AssertAccessibleAsync();

        await hoa.Locator("[data-testid=override-save]").ClickAsync();
        await Assertions.Expect(hoa.Locator("[data-testid=override-dialog]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_plans_page_lists_the_persons_unit_plans_and_passes_axe()
    {
        await Page.SignInAsync(Platform.Users.Planner75);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(Platform.Url("/plans"));

        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Kế hoạch của đơn vị", new() { Timeout = 20_000 });
        await Assertions.Expect(Page.Locator("[data-testid=own-plans] li")).ToHaveCountAsync(1);
        await Page.AssertAccessibleAsync();
    }

    /// <summary>Opens the override form of Phường Hố Nai's conferences in 2026 on the plan's grid.</summary>
    private static async Task OpenOverrideAsync(IPage page)
    {
        await page.Locator("#filter-unit").FillAsync("26005");
        await Assertions
            .Expect(page.Locator("[data-testid=obligation-grid] .mud-table-pagination"))
            .ToContainTextAsync("1–25 trong 35", new() { Timeout = 20_000 });
        var row = page.Locator("[data-testid=obligation-grid] tbody tr")
            .Filter(new() { HasText = "GRASSROOTS_CONF_COUNT" })
            .First;
        await Assertions.Expect(row).ToContainTextAsync("2026");
        await row.Locator("[data-action=override]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=floor-rule]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }
}
