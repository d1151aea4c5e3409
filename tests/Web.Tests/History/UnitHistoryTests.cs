using Microsoft.Playwright;
using Platform.TestKit;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.History;

/// <summary>
/// A unit's page says what the unit came from or went into (the official tables of 2025) and reads past employed
/// persons on today's units; a reused code (00004) opens the version its link names, never the other unit.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UnitHistoryTests(WebPlatform platform) : BrowserTest(platform)
{
    [Fact]
    public async Task New_Dong_Nai_is_formed_from_Binh_Phuoc_and_Dong_Nai_whole_with_2_397_730_employed_in_2024_and_Binh_Phuoc_went_into_it_on_1_July_2025()
    {
        await Page.SignInAsync(Platform.Users.Administrator, returnUrl: "/units/75");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Tỉnh Đồng Nai");

        var history = Page.Locator("[data-testid=unit-history]");
        await Assertions.Expect(history.Locator("h2")).ToHaveTextAsync("Lịch sử đơn vị");
        await Assertions.Expect(history.Locator("h3").First).ToHaveTextAsync("Hình thành từ (2 đơn vị)");
        var predecessors = history.Locator("[data-testid=history-predecessors] li");
        await Assertions
            .Expect(predecessors)
            .ToHaveTextAsync([
                "Tỉnh Bình Phước 70 · Cấp tỉnh · Nhập toàn bộ",
                "Tỉnh Đồng Nai 75 · Cấp tỉnh · Nhập toàn bộ",
            ]);
        await Assertions
            .Expect(history.GetByText("Theo sắp xếp đơn vị hành chính có hiệu lực từ 01/07/2025:"))
            .ToBeVisibleAsync();
        (await history.Locator("[data-testid=history-successors]").CountAsync()).Should().Be(0);

        var figures = history.Locator("[data-testid=history-figures] tbody tr");
        await Assertions.Expect(figures).ToHaveCountAsync(7);
        await Assertions.Expect(figures.Filter(new() { Has = Page.Locator("th", new() { HasTextString = "2024" }) }))
            .ToHaveTextAsync("2024 2.397.730 Tổng số liệu của các đơn vị cũ");
        (await history.Locator(".history-estimate").CountAsync())
            .Should()
            .Be(0, "every old province went whole into one new province");
        await Page.AssertAccessibleAsync();
        await Page.Locator("#history-title").EvaluateAsync("e => { e.scrollIntoView(); window.scrollBy(0, -64); }");
        await Page.ScreenshotAsync("unit-history-desktop");

        await predecessors.GetByRole(AriaRole.Link, new() { Name = "Tỉnh Bình Phước" }).ClickAsync();

        await Page.WaitForURLAsync(Platform.Url("/units/70?at=2025-06-30"));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Tỉnh Bình Phước");
        await Assertions.Expect(history.Locator("[data-testid=history-successors] li"))
            .ToHaveTextAsync(["Tỉnh Đồng Nai 75 · Cấp tỉnh · Nhập toàn bộ · từ 01/07/2025"]);
        (await history.Locator("[data-testid=history-successors] a").GetAttributeAsync("href"))
            .Should()
            .Be("units/75?at=2025-07-01");
        (await history.Locator("[data-testid=history-predecessors]").CountAsync()).Should().Be(0);
        await Assertions
            .Expect(history.Locator("[data-testid=history-figures] tbody tr").Filter(new() { HasTextString = "2024" }))
            .ToHaveTextAsync("2024 589.920 Số liệu của chính đơn vị");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_provincial_planner_of_75_sees_both_predecessors_and_the_figures_but_old_Binh_Phuoc_outside_her_scope_is_named_not_linked()
    {
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: "/units/75");

        var predecessors = Page.Locator("[data-testid=history-predecessors] li");
        await Assertions
            .Expect(predecessors)
            .ToHaveTextAsync([
                "Tỉnh Bình Phước 70 · Cấp tỉnh · Nhập toàn bộ",
                "Tỉnh Đồng Nai 75 · Cấp tỉnh · Nhập toàn bộ",
            ]);
        (await predecessors.Nth(0).Locator("a").CountAsync()).Should().Be(0);
        (await predecessors.Nth(1).Locator("a").GetAttributeAsync("href")).Should().Be("units/75?at=2025-06-30");
        await Assertions
            .Expect(Page.Locator("[data-testid=history-figures] tbody tr").Last)
            .ToHaveTextAsync("2024 2.397.730 Tổng số liệu của các đơn vị cũ");

        await predecessors.Nth(1).Locator("a").ClickAsync();

        await Page.WaitForURLAsync(Platform.Url("/units/75?at=2025-06-30"));
        await Assertions
            .Expect(Page.Locator("[data-testid=history-successors] li"))
            .ToHaveTextAsync(["Tỉnh Đồng Nai 75 · Cấp tỉnh · Nhập toàn bộ · từ 01/07/2025"]);
        await Assertions.Expect(Page.Locator("p.muted").First).ToContainTextAsync("đến 30/06/2025");
        (await Page.Locator("[data-testid=unit-plans]").CountAsync())
            .Should()
            .Be(0, "the plans of code 75 are the new province's");
        await Assertions
            .Expect(Page.Locator("[data-testid=history-figures] tbody tr").Last)
            .ToHaveTextAsync("2024 1.807.810 Số liệu của chính đơn vị");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task In_English_the_history_of_Dong_Nai_reads_formed_from_merged_whole_and_2_397_730_as_a_sum()
    {
        var english = await NewDesktopPageAsync("en-GB");
        await english.SignInAsync(Platform.Users.Administrator, returnUrl: "/units/75");

        await Assertions.Expect(english.Locator("#history-title")).ToHaveTextAsync("History of the unit");
        await Assertions
            .Expect(english.Locator("[data-testid=history-predecessors] li").First)
            .ToHaveTextAsync("Tỉnh Bình Phước 70 · Province · Merged whole");
        await Assertions
            .Expect(english.Locator("[data-testid=history-figures] tbody tr").Last)
            .ToHaveTextAsync("2024 2,397,730 Sum of its predecessors' figures");
    }

    [Fact]
    public async Task On_a_360_pixel_phone_the_history_of_Dong_Nai_and_of_old_Binh_Phuoc_does_not_scroll_sideways_and_passes_axe()
    {
        var phone = await NewPhonePageAsync();
        await phone.SignInAsync(Platform.Users.Administrator, returnUrl: "/units/75");

        await Assertions.Expect(phone.Locator("[data-testid=history-figures] tbody tr")).ToHaveCountAsync(7);
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.AssertAccessibleAsync();
        await phone.Locator("#history-title").EvaluateAsync("e => { e.scrollIntoView(); window.scrollBy(0, -64); }");
        await phone.ScreenshotAsync("unit-history-phone");

        await phone.OpenAsync("/units/70?at=2025-06-30");

        await Assertions.Expect(phone.Locator("[data-testid=history-successors] li")).ToHaveCountAsync(1);
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_reused_code_00004_names_Truc_Bach_among_the_predecessors_of_Ba_Dinh_and_the_old_00004_went_into_Ba_Dinh_never_the_other_way_round()
    {
        await Page.SignInAsync(Platform.Users.Administrator, returnUrl: "/units/00004");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Phường Ba Đình");

        var history = Page.Locator("[data-testid=unit-history]");
        var truc = history
            .Locator("[data-testid=history-predecessors] li")
            .Filter(new() { HasTextString = "Phường Trúc Bạch" });
        await Assertions.Expect(truc).ToHaveTextAsync("Phường Trúc Bạch 00004 · Cấp xã · Nhập toàn bộ");
        (await truc.Locator("a").GetAttributeAsync("href")).Should().Be("units/00004?at=2025-06-30");
        (await history.Locator("[data-testid=history-successors]").CountAsync()).Should().Be(0);
        (await history.Locator("[data-testid=history-figures]").CountAsync())
            .Should()
            .Be(0, "no commune has a figure of its own");

        await truc.Locator("a").ClickAsync();

        await Page.WaitForURLAsync(Platform.Url("/units/00004?at=2025-06-30"));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Phường Trúc Bạch");
        await Assertions.Expect(history.Locator("[data-testid=history-successors] li"))
            .ToHaveTextAsync(["Phường Ba Đình 00004 · Cấp xã · Nhập toàn bộ · từ 01/07/2025"]);
        (await history.Locator("[data-testid=history-predecessors]").CountAsync()).Should().Be(0);
        // The plans, training and progress of code 00004 are the new ward's: not shown on the old one's page.
        (await Page.Locator("[data-testid=unit-plans]").CountAsync()).Should().Be(0);
        (await Page.Locator(".breadcrumb").InnerTextAsync()).Should().Contain("Quận Ba Đình");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_new_commune_with_part_of_a_split_old_commune_shows_its_figure_as_an_estimate_naming_the_predecessor_without_a_figure()
    {
        // Xã Minh Ngọc (00994, Tuyên Quang) took part of Xã Yên Định (00988, split with Xã Ngọc Đường 00700) and the
        // whole
        // of Xã Thượng Tân (01009) and of the old Xã Minh Ngọc (00994, no figure here): 1,001 shared 501 / 500 (the odd
        // person to 00700, first in code order), plus 500.
        (await Platform.Admin.PostCsvAsync("/api/statistics/import", """
            unit_code,year,metric,value,source
            00988,2024,employed_persons,1001,ví dụ — example figures
            01009,2024,employed_persons,500,ví dụ — example figures
            """)).EnsureSuccessStatusCode();

        await Page.SignInAsync(Platform.Users.Administrator, returnUrl: "/units/00994");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Xã Minh Ngọc");

        var history = Page.Locator("[data-testid=unit-history]");
        await Assertions
            .Expect(history.Locator("[data-testid=history-predecessors] li"))
            .ToHaveTextAsync([
                "Xã Yên Định 00988 · Cấp xã · Nhập một phần",
                "Xã Minh Ngọc 00994 · Cấp xã · Nhập toàn bộ",
                "Xã Thượng Tân 01009 · Cấp xã · Nhập toàn bộ",
            ]);
        await Assertions
            .Expect(history.Locator("[data-testid=history-figures] tbody tr"))
            .ToHaveTextAsync([
                "2024 1.000 Xã cũ bị chia tách: số liệu được chia đều cho các đơn vị mới ước tính thiếu số liệu của 1 "
                    + "đơn vị cũ",
            ]);
        await Assertions.Expect(history.Locator(".history-estimate")).ToHaveTextAsync("ước tính");
        await Page.AssertAccessibleAsync();
    }
}
