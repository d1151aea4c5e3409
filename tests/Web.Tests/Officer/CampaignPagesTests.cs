using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Platform.TestKit;
using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Officer;

/// <summary>
/// A commune officer on a 360-px phone finds a campaign in the calendar, sees her commune behind on its quota, enters a
/// mobile team under the campaign from its dashboard, and the dashboard counts it. The campaign runs from 01/02 to
/// 31/03/2026 with a team per commune; the host's clock reads 15/03/2026.
/// </summary>
[Collection(OfficerCollection.Name)]
public sealed class CampaignPagesTests(OfficerPlatform platform) : BrowserTest<OfficerPlatform>(platform)
{
    private const string Campaign = "VN-PEAK-2026-WEB";

    [Fact]
    public async Task On_a_phone_a_commune_officer_enters_a_team_under_the_campaign_and_her_commune_reaches_1_of_1()
    {
        await CampaignAsync();
        var phone = await NewPhonePageAsync();
        await phone.SignInAsync(Platform.Users.CommuneOfficer, returnUrl: "/campaigns");

        var entry = phone.Locator($"[data-testid=campaign-{Campaign}]").First;
        await Assertions.Expect(entry).ToContainTextAsync("Đợt cao điểm · 01/02/2026 – 31/03/2026 · 1 chỉ tiêu");
        await Assertions.Expect(phone.Locator("[data-testid=campaign-VN-MAY-2026]")).ToBeVisibleAsync();
        await phone.AssertAccessibleAsync();
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.ScreenshotAsync("campaign-calendar-phone", fullPage: true);

        await entry.GetByRole(AriaRole.Link).ClickAsync();
        var commune = phone.Locator($"[data-testid=campaign-unit-{WebUsers.CommuneCode}]");
        await Assertions.Expect(commune).ToContainTextAsync("0 / 1");
        await Assertions.Expect(commune).ToContainTextAsync("Chậm tiến độ");
        await phone.AssertAccessibleAsync();
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.ScreenshotAsync("campaign-dashboard-phone", fullPage: true);

        await phone.Locator("[data-testid=campaign-record]").ClickAsync();
        await Assertions.Expect(phone.Locator("#activity-campaign")).ToHaveValueAsync(Campaign);
        await phone.Locator("#activity-date").FillAsync("2026-03-10");
        await ActivityEntryTests.ChooseAsync(phone, "Loại hoạt động", "Đội tuyên truyền lưu động");
        await phone.Locator("#activity-participants").FillAsync("60");
        await phone.AssertAccessibleAsync();
        (await phone.ScrollWidthAsync()).Should().BeLessThanOrEqualTo(360);
        await phone.ScreenshotAsync("campaign-activity-phone", fullPage: true);
        await phone.Locator("[data-testid=activity-save]").ClickAsync();
        await Assertions.Expect(phone.Locator("[data-testid=activity-saved]"))
            .ToContainTextAsync("Đội tuyên truyền lưu động");

        await phone.OpenAsync($"/campaigns/{Campaign}?unit={WebUsers.CommuneCode}");
        await Assertions.Expect(commune).ToContainTextAsync("1 / 1");
        await Assertions.Expect(commune).ToContainTextAsync("Đạt");
        await Assertions.Expect(commune).ToContainTextAsync("60");
    }

    [Fact]
    public async Task The_Dong_Nai_planner_sees_the_campaign_on_its_95_communes_and_the_brief_is_offered_for_the_province()
    {
        await CampaignAsync();
        await Page.SignInAsync(Platform.Users.Planner75, returnUrl: $"/campaigns/{Campaign}?unit=75");

        await Assertions.Expect(Page.Locator("[data-testid=campaign-unit-75]")).ToContainTextAsync("/ 95");
        await Assertions.Expect(Page.Locator("[data-testid=campaign-dashboard] tbody tr"))
            .ToHaveCountAsync(1 + 95);
        var brief = Page.Locator("[data-testid=campaign-brief]");
        await Assertions.Expect(brief).ToHaveAttributeAsync("href", $"files/campaigns/{Campaign}/brief?unit=75");
        var file = await Page.APIRequest.GetAsync($"/files/campaigns/{Campaign}/brief?unit=75");
        file.Status.Should().Be(200, "the page's link is read with the session cookie");
        file.Headers["content-type"].Should()
            .Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        await Page.AssertAccessibleAsync();
        await Page.ScreenshotAsync("campaign-dashboard-desktop");
    }

    /// <summary>A year-start peak with a team per commune, on the plan to 2030; created once per host.</summary>
    private async Task CampaignAsync()
    {
        if ((await Platform.Admin.GetAsync($"/api/campaigns/{Campaign}")).StatusCode == HttpStatusCode.OK)
        {
            return;
        }

        var created = await Platform.Admin.PostAsJsonAsync("/api/campaigns", new
        {
            planCode = "VN-2026-2030",
            code = Campaign,
            title = "Cao điểm phát triển người tham gia BHXH tự nguyện đầu năm 2026",
            kind = "PeakPeriod",
            startDate = "2026-02-01",
            endDate = "2026-03-31",
            quotas = new object[]
            {
                new
                {
                    code = "TEAMS", measure = "CAMPAIGN_TEAMS", level = "Commune", basis = "PerUnit", rateFloor = 1.0,
                },
            },
        }, HttpExtensions.Json);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }
}
