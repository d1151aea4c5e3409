using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Campaigns;

/// <summary>A planner's own campaigns: created, read, changed at the version read, and refused with the field to fix
/// while nothing is written.</summary>
public sealed class CampaignWriteTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private HttpClient Admin { get; } = platform.CreateClient();

    [Fact]
    public async Task A_national_planner_adds_a_campaign_reads_it_with_its_ETag_and_changes_it_only_at_that_version()
    {
        using var lan = await platform.CreateClientAsAsync("lan-campaigns", PlatformRoles.NationalPlanner, "VN");

        var created = await lan.PostAsJsonAsync("/api/campaigns", Body("VN-PEAK-2026", "VN-2026-2030",
            new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), Quota("TEAMS", "Commune")), HttpExtensions.Json);

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location!.ToString().Should().Be("/api/campaigns/VN-PEAK-2026");
        created.Headers.ETag!.Tag.Should().Be("\"1\"");
        var view = await created.ReadAsync<CampaignView>();
        (view.Kind, view.StructureOn, view.ReadOnly)
            .Should()
            .Be((CampaignKind.PeakPeriod, new DateOnly(2026, 10, 1), false));
        view.Quotas.Single().Should().BeEquivalentTo(new
        {
            Code = "TEAMS", Level = UnitLevel.Commune, RateFloor = 1.0, WindowStart = new DateOnly(2026, 10, 1),
            WindowEnd = new DateOnly(2026, 12, 31),
        });

        var change = new HttpRequestMessage(HttpMethod.Put, "/api/campaigns/VN-PEAK-2026")
        {
            Content = JsonContent.Create(Body(null, null, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31),
                Quota("TEAMS", "Commune", 2)), options: HttpExtensions.Json),
        };
        change.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var changed = await lan.SendAsync(change);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        changed.Headers.ETag!.Tag.Should().Be("\"2\"");
        var after = await changed.ReadAsync<CampaignView>();
        (after.StartDate, after.Quotas.Single().RateFloor, after.Version)
            .Should()
            .Be((new DateOnly(2026, 11, 1), 2.0, 2));

        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/campaigns/VN-PEAK-2026")
        {
            Content = JsonContent.Create(Body(null, null, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)),
                options: HttpExtensions.Json),
        };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        (await lan.SendAsync(stale)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await lan.GetAsync<CampaignView>("/api/campaigns/VN-PEAK-2026"))
            .StartDate.Should()
            .Be(new DateOnly(2026, 11, 1));
    }

    public static TheoryData<string, string, string?, string, string> Refusals => new()
    {
        { "2025-12-31", "2026-01-31", null, "startDate",
            "31/12/2025 lies outside plan VN-2026-2030's years (2026–2030): choose a day inside them." },
        { "2026-05-31", "2026-05-01", null, "endDate",
            "The end 01/05/2026 is before the start 31/05/2026: give an end on or after the start." },
        { "2026-05-01", "2031-01-01", null, "endDate",
            "01/01/2031 lies outside plan VN-2026-2030's years (2026–2030): choose a day inside them." },
        { "2026-05-01", "2026-05-31", "District", "quotas[0].level",
            "Plan VN-2026-2030 has no district level: choose a level it has (province, commune)." },
        { "2026-05-01", "2026-05-31", "Nation", "quotas[0].level",
            "Choose the level the quota is for: Province, District or Commune." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_campaign_outside_its_plans_years_ending_before_it_starts_or_for_a_level_the_plan_lacks_is_refused_and_nothing_is_written(
        string start,
        string end,
        string? level,
        string field,
        string message
    )
    {
        var before = await CountAsync();

        var response = await Admin.PostAsJsonAsync("/api/campaigns", Body("VN-BAD", "VN-2026-2030",
            DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            level is null ? null : Quota("TEAMS", level)), HttpExtensions.Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().BeEquivalentTo(
            new Dictionary<string, string[]> { [field] = [message] });
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_district_quota_belongs_to_the_2021_2025_plan_whose_years_had_districts()
    {
        var response = await Admin.PostAsJsonAsync("/api/campaigns", Body("VN-PEAK-2025", "VN-2021-2025",
            new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31), Quota("TEAMS", "District")), HttpExtensions.Json);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.ReadAsync<CampaignView>()).Quotas.Single().Level.Should().Be(UnitLevel.District);
    }

    [Fact]
    public async Task Unknown_codes_and_a_quota_code_given_twice_are_refused_field_by_field()
    {
        var response = await Admin.PostAsJsonAsync("/api/campaigns", new
        {
            planCode = "VN-2026-2030",
            code = "VN-CODES",
            title = "Thử",
            kind = "CampaignMonth",
            startDate = "2026-05-01",
            endDate = "2026-05-31",
            audiences = new[] { new { code = "farmers" } },
            forms = new[] { new { code = "livestream" }, new { code = "leaflet" } },
            quotas = new[]
            {
                new
                {
                    code = "TEAMS", measure = "CAMPAIGN_TEAMS", level = "Commune", basis = "PerUnit", rateFloor = 1.0,
                },
                new { code = "TEAMS", measure = "TEAMS", level = "Commune", basis = "PerUnit", rateFloor = 0.0 },
            },
        }, HttpExtensions.Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors!.Keys.Should().BeEquivalentTo(
            "audiences[0].code", "forms[1].code", "quotas[1].measure", "quotas[1].rateFloor", "quotas[1].code");
        (await Admin.GetAsync("/api/campaigns/VN-CODES")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_code_taken_answers_409_and_a_provincial_planner_cannot_add_to_the_national_plan()
    {
        using var hoa = await platform.CreateClientAsAsync("hoa-campaigns", PlatformRoles.ProvincialPlanner, "75");

        var taken = await Admin.PostAsJsonAsync("/api/campaigns", Body("VN-MAY-2026", "VN-2026-2030",
            new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), HttpExtensions.Json);
        var above = await hoa.PostAsJsonAsync("/api/campaigns", Body("75-MAY-2026", "VN-2026-2030",
            new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), HttpExtensions.Json);
        var change = await hoa.PutAsJsonAsync("/api/campaigns/VN-MAY-2026", Body(null, null,
            new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), HttpExtensions.Json);

        taken.StatusCode.Should().Be(HttpStatusCode.Conflict);
        above.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        change.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(change)).Detail.Should().Be(
            "Campaign 'VN-MAY-2026' belongs to a plan above you: you may only read it.");
        (await hoa.GetAsync<CampaignView>("/api/campaigns/VN-MAY-2026")).ReadOnly.Should().BeTrue();
    }

    [Fact]
    public async Task The_launch_days_plan_has_no_targets_to_generate_from()
    {
        var response = await Admin.PostAsJsonAsync("/api/plans/VN-KHLT-2020/subordinates", new { all = true },
            HttpExtensions.Json);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Problem.ReadAsync(response)).Detail.Should().Be(
            "Plan VN-KHLT-2020 has no targets to hand down: its quotas are in its campaigns.");
    }

    private Task<int> CountAsync() => platform.QueryAsync(db => db.Campaigns.CountAsync());

    private static object Quota(string code, string level, double rate = 1) =>
        new { code, measure = CampaignMeasures.Teams, level, basis = "PerUnit", rateFloor = rate };

    private static object Body(string? code, string? plan, DateOnly start, DateOnly end, object? quota = null) =>
        new
        {
            planCode = plan,
            code,
            title = "Cao điểm truyền thông cuối năm",
            kind = "PeakPeriod",
            startDate = start,
            endDate = end,
            themes = new[] { "Truyền thông cao điểm phát triển người tham gia BHXH, BHYT" },
            forms = new[] { new { code = "loudspeaker_radio", text = "hệ thống loa phát thanh cơ sở" } },
            quotas = quota is null ? Array.Empty<object>() : [quota],
        };
}
