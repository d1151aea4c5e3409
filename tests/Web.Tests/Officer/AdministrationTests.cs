using Microsoft.Playwright;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Officer;

/// <summary>The administrator's pages: users, roles, scopes and keys (a new key shown once, copied), and the audit
/// log.</summary>
[Collection(OfficerCollection.Name)]
public sealed class AdministrationTests(OfficerPlatform platform) : BrowserTest<OfficerPlatform>(platform)
{
    [Fact]
    public async Task An_administrator_creates_a_user_sees_the_key_once_copies_it_and_the_key_signs_in()
    {
        await Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await Page.SignInAsync(Platform.Users.Administrator, returnUrl: "/admin/users");
        await Page.AssertAccessibleAsync();

        await Page.Locator("#new-user-name").FillAsync("an.officer");
        await Page.Locator("#new-user-display").FillAsync("Vũ Thị An");
        await Page.Locator("#new-user-scope").FillAsync("25225");
        await Page.Locator(".mud-popover-open .mud-list-item").GetByText("Xã Đăk Ơ (25225)").ClickAsync();
        await Page.GetByLabel("Cán bộ cấp xã").CheckAsync();
        await Page.Locator("[data-testid=create-user]").ClickAsync();

        var key = Page.Locator("[data-testid=issued-key]");
        await Assertions
            .Expect(Page.Locator("[data-testid=issued-key-panel]"))
            .ToContainTextAsync("Khóa mới của an.officer");
        var text = await key.InputValueAsync();
        text.Should().HaveLength(43);
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("users-key-desktop");

        await Page.Locator("[data-testid=copy-key]").ClickAsync();
        await Assertions
            .Expect(Page.Locator("[data-testid=issued-key-panel] [role=status]"))
            .ToHaveTextAsync("Đã sao chép khóa.");
        (await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Should().Be(text);

        await Page.Locator("[data-testid=dismiss-key]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=issued-key-panel]")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("[data-testid=users-table]")).ToContainTextAsync("Vũ Thị An");
        (await Page.ContentAsync()).Should().NotContain(text, "a key is shown once and never again");
        await Page.OpenAsync("/admin/users/an.officer");
        (await Page.ContentAsync()).Should().NotContain(text);

        var newcomer = await NewPhonePageAsync();
        await newcomer.SignInAsync("an.officer", text, returnUrl: "/activities/new");
        await Assertions.Expect(newcomer.Locator("[data-testid=activity-unit]")).ToHaveTextAsync("Xã Đăk Ơ");
    }

    [Fact]
    public async Task An_administrator_issues_a_second_key_revokes_the_first_and_disables_then_enables_the_user()
    {
        var user = await Platform.CreateUserAsync(
            "rotating",
            BuildingBlocks.Security.PlatformRoles.Analyst,
            "75",
            "Hồ Văn Xoay"
        );
        await Page.SignInAsync(Platform.Users.Administrator, returnUrl: "/admin/users/rotating");
        await Assertions.Expect(Page.Locator("[data-testid=keys-table] tbody tr")).ToHaveCountAsync(1);

        await Page.Locator("[data-testid=issue-key]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=issued-key-panel]")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-testid=keys-table] tbody tr")).ToHaveCountAsync(2);

        var first = Page.Locator("[data-testid=keys-table] tbody tr").Filter(new() { HasText = user.KeyId });
        await first.Locator("[data-testid=revoke-key]").ClickAsync();
        await first.Locator("[data-testid=revoke-confirm]").ClickAsync();
        await Assertions
            .Expect(Page.Locator("[data-testid=user-done]"))
            .ToContainTextAsync($"Đã thu hồi khóa {user.KeyId}");
        await Assertions.Expect(first).ToContainTextAsync("Đã thu hồi");
        await Page.AssertAccessibleAsync();

        var old = await NewDesktopPageAsync();
        await old.GotoAsync("/sign-in");
        await old.Locator("#user-name").FillAsync(user.Name);
        await old.Locator("#key").FillAsync(user.Key);
        await old.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(old.Locator("[data-testid=sign-in-error]")).ToBeVisibleAsync();

        await Page.Locator("[data-testid=toggle-disabled]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=user-status]")).ToContainTextAsync("đã bị khóa");
        await Page.Locator("[data-testid=toggle-disabled]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=user-status]")).ToContainTextAsync("đang hoạt động");

        await Page.GetByLabel("Cán bộ kế hoạch cấp tỉnh").CheckAsync();
        await Assertions.Expect(Page.GetByLabel("Cán bộ kế hoạch cấp tỉnh")).ToBeCheckedAsync();
        await Page.GetByLabel("Cán bộ phân tích số liệu").UncheckAsync();
        await Assertions.Expect(Page.GetByLabel("Cán bộ phân tích số liệu")).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task The_audit_log_filters_by_user_entity_and_unit_and_pages()
    {
        await Page.SignInAsync(Platform.Users.Administrator, returnUrl: "/admin/audit");
        await Assertions.Expect(Page.Locator("[data-testid=audit-count]")).ToContainTextAsync("đang xem 1–50");
        await Page.AssertAccessibleAsync();

        await Page.Locator("[data-testid=audit-next]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=audit-count]")).ToContainTextAsync("đang xem 51–");

        await Page.Locator("#audit-user").FillAsync("admin");
        await ActivityEntryTests.ChooseAsync(Page, "Loại dữ liệu", "User");
        await Assertions.Expect(Page.Locator("#audit-entity")).ToHaveValueAsync("User");
        await Page.Locator("[data-testid=audit-search]").ClickAsync();
        var rows = Page.Locator("[data-testid=audit-table] tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("User");
        (await rows.AllInnerTextsAsync()).Should().OnlyContain(r => r.Contains("admin") && r.Contains("User"));

        await rows.First.GetByRole(AriaRole.Button, new() { NameRegex = new("^Xem chi tiết thay đổi") }).ClickAsync();
        await Assertions.Expect(Page.Locator(".audit-detail pre").First).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("audit-desktop");

        await Page.Locator("#audit-user").FillAsync("");
        await Page.Locator("#audit-unit").FillAsync("no-such-unit");
        await Page.Locator("[data-testid=audit-search]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=audit-count]")).ToContainTextAsync("0 mục");
    }

    [Fact]
    public async Task A_commune_officer_sees_no_administration_link_and_is_told_the_pages_are_not_for_them()
    {
        await Page.SignInAsync(Platform.Users.CommuneOfficer);
        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Trình đơn chính" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Nhập hoạt động" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Người dùng" })).ToHaveCountAsync(0);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Nhật ký thay đổi" })).ToHaveCountAsync(0);

        await Page.OpenAsync("/admin/users");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-testid=users-table]")).ToHaveCountAsync(0);
        await Page.AssertAccessibleAsync();
    }
}
