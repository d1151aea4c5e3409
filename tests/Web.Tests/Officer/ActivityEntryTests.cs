using Microsoft.Playwright;
using Platform.BuildingBlocks.Security;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Officer;

/// <summary>A commune officer on a 360-px phone enters an activity in a few taps, and the year's progress
/// moves.</summary>
[Collection(OfficerCollection.Name)]
public sealed class ActivityEntryTests(OfficerPlatform platform) : BrowserTest<OfficerPlatform>(platform)
{
    [Fact]
    public async Task On_a_phone_a_commune_officer_enters_a_grassroots_conference_and_sees_the_conference_count_grow_by_one()
    {
        var phone = await NewPhonePageAsync();
        await phone.SignInAsync(Platform.Users.CommuneOfficer, returnUrl: "/progress");
        var actual = phone.Locator("[data-testid=actual-GRASSROOTS_CONF_COUNT]");
        await Assertions.Expect(actual).ToBeVisibleAsync();
        var before = long.Parse(
            (await actual.InnerTextAsync()).Replace(".", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture
        );
        await phone.AssertAccessibleAsync();
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.ScreenshotAsync("progress-phone", fullPage: true);

        await phone.OpenAsync("/activities/new");
        await Assertions.Expect(phone.Locator("[data-testid=activity-unit]")).ToHaveTextAsync(WebUsers.CommuneName);
        await Assertions.Expect(phone.Locator("#activity-date")).ToHaveValueAsync(Today);
        await Assertions.Expect(phone.Locator("#activity-participants")).ToHaveAttributeAsync("inputmode", "numeric");
        await phone.AssertAccessibleAsync();
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.ScreenshotAsync("activity-phone", fullPage: true);

        await ChooseAsync(phone, "Loại hoạt động", "Hội nghị tuyên truyền tại cơ sở");
        await Assertions.Expect(phone.Locator("#activity-kind")).ToHaveValueAsync("grassroots_conference");
        await phone.Locator("#activity-participants").FillAsync("45");
        await phone.Locator("#activity-notes").FillAsync("Nhà văn hóa thôn 3 – tư vấn BHXH tự nguyện");
        await phone.Locator("[data-testid=activity-save]").ClickAsync();

        await Assertions
            .Expect(phone.Locator("[data-testid=activity-saved]"))
            .ToContainTextAsync("Đã ghi nhận: Hội nghị tuyên truyền tại cơ sở");
        await Assertions
            .Expect(phone.Locator("[data-testid=activity-item]").First)
            .ToContainTextAsync("Nhà văn hóa thôn 3 – tư vấn BHXH tự nguyện");
        await Assertions.Expect(phone.Locator("#activity-form-of")).ToHaveValueAsync("conference");
        await phone.AssertAccessibleAsync();

        await phone.OpenAsync("/progress");
        await Assertions
            .Expect(phone.Locator("[data-testid=actual-GRASSROOTS_CONF_COUNT]"))
            .ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(phone.Locator("[data-testid=progress-chart]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_date_in_the_future_is_refused_next_to_the_date_in_Vietnamese_and_nothing_typed_is_lost()
    {
        await Page.SignInAsync(Platform.Users.CommuneOfficer, returnUrl: "/activities/new");
        var future = DateOnly
            .FromDateTime(Platform.Clock.GetUtcNow().UtcDateTime)
            .AddDays(10)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await Page.Locator("#activity-date").FillAsync(future);
        await Page.Locator("#activity-participants").FillAsync("38");
        await Page.Locator("#activity-notes").FillAsync("Hội trường UBND xã");
        await Page.Locator("[data-testid=activity-save]").ClickAsync();

        await Assertions
            .Expect(Page.Locator("[data-testid=activity-error]"))
            .ToHaveTextAsync("Chưa lưu được: vui lòng sửa các ô được đánh dấu bên dưới.");
        var dateField = Page.Locator(".mud-input-control").Filter(new() { Has = Page.Locator("#activity-date") });
        await Assertions.Expect(dateField).ToContainTextAsync($"Ngày {future} chưa đến");
        await Assertions.Expect(Page.Locator("#activity-date")).ToHaveValueAsync(future);
        await Assertions.Expect(Page.Locator("#activity-participants")).ToHaveValueAsync("38");
        await Assertions.Expect(Page.Locator("#activity-notes")).ToHaveValueAsync("Hội trường UBND xã");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_activity_is_corrected_and_a_stale_correction_shows_both_values_then_it_is_withdrawn()
    {
        var officer = await Platform.CreateUserAsync(
            "officer.edit",
            PlatformRoles.CommuneOfficer,
            "25195",
            "Lê Văn Sửa"
        );
        await Page.SignInAsync(officer, returnUrl: "/activities/new");
        await Page.Locator("#activity-participants").FillAsync("30");
        await Page.Locator("[data-testid=activity-save]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=activity-saved]")).ToBeVisibleAsync();

        // Two screens open the same activity; the first saves, the second is told and sees both values.
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Sửa hoạt động") }).First.ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Sửa hoạt động tuyên truyền");
        await Page.WaitForInteractiveAsync();
        var other = await NewDesktopPageAsync();
        await other.SignInAsync(officer, returnUrl: new Uri(Page.Url).AbsolutePath);
        await Assertions.Expect(other.Locator("#activity-participants")).ToHaveValueAsync("30");

        await Page.Locator("#activity-participants").FillAsync("35");
        await Page.Locator("[data-testid=activity-save]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-testid=activity-saved]")).ToContainTextAsync("Đã lưu bản sửa");

        await other.Locator("#activity-participants").FillAsync("40");
        await other.Locator("[data-testid=activity-save]").ClickAsync();
        var stale = other.Locator("[data-testid=activity-stale]");
        await Assertions.Expect(stale).ToContainTextAsync("Người khác đã sửa hoạt động này");
        await Assertions.Expect(stale.Locator("tr.changed th")).ToHaveTextAsync(["Số người tham dự"]);
        await Assertions.Expect(stale.Locator("tr.changed td")).ToHaveTextAsync(["35", "40"]);
        await Assertions.Expect(other.Locator("#activity-participants")).ToHaveValueAsync("40");
        await other.AssertAccessibleAsync();

        await other.Locator("[data-testid=activity-keep-mine]").ClickAsync();
        await Assertions.Expect(other.Locator("[data-testid=activity-saved]")).ToContainTextAsync("Đã lưu bản sửa");

        await other.OpenAsync("/activities/new");
        var item = other.Locator("[data-testid=activity-item]").First;
        await Assertions.Expect(item).ToContainTextAsync("40 người tham dự");
        await item.GetByRole(AriaRole.Button, new() { NameRegex = new("^Rút hoạt động") }).ClickAsync();
        await other.Locator("[data-testid=activity-withdraw-confirm]").ClickAsync();
        await Assertions
            .Expect(other.Locator("[data-testid=recent-activities]"))
            .ToContainTextAsync("Đơn vị chưa có hoạt động nào.");
    }

    private string Today =>
        DateOnly
            .FromDateTime(Platform.Clock.GetUtcNow().UtcDateTime)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Opens a MudBlazor select by its label and picks an option by its text.</summary>
    internal static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
    }
}
