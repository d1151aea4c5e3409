using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.Plans.Contracts;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Campaigns;

/// <summary>
/// Results count: activities entered under a campaign and new voluntary participants reported by period, counted in
/// a quota only inside its window, against the elapsed share of that window. Read on 15/06/2026, after the May 2026
/// campaign month; a per-commune quota of one team and 50 new participants is asked of Đồng Nai's 95 communes.
/// </summary>
public sealed class CampaignProgressTests : IClassFixture<CampaignProgressTests.JuneOf2026>
{
    private const string Campaign = "VN-MAY-2026-KQ";
    private const string TranBien = "26041";
    private readonly JuneOf2026 platform;

    public CampaignProgressTests(JuneOf2026 platform)
    {
        this.platform = platform;
        Admin = platform.CreateClient();
    }

    private HttpClient Admin { get; }

    [Fact]
    public async Task Only_the_activities_and_reports_inside_the_window_count_Then_Tran_Bien_fields_2_teams_and_is_behind_on_new_participants()
    {
        await CampaignAsync();
        await ActivityAsync(TranBien, "2026-04-30", count: 3, participants: 10);
        await ActivityAsync(TranBien, "2026-05-05", count: 1, participants: 120);
        await ActivityAsync(TranBien, "2026-05-05", count: 1, participants: 80);
        await ActivityAsync(TranBien, "2026-06-01", count: 1, participants: 5);
        await ReportAsync(TranBien, "2026-05-10", "2026-05-10", 30);
        await ReportAsync(TranBien, "2026-05-25", "2026-06-05", 40);

        var progress = await Admin.GetAsync<CampaignProgressView>(
            $"/api/monitoring/campaigns/{Campaign}/progress?unit=75&asOf=2026-05-31");

        progress.Units.Should().HaveCount(1 + 95);
        var commune = progress.Units.Single(u => u.UnitCode == TranBien);
        (commune.Activities, commune.Reached, commune.NotCounted).Should().Be((2L, 200L, 3L));
        commune.Forms.Should().Equal(new CampaignFormCount("campaign_mobile_team", 2));
        commune.Quotas.Select(q => (q.QuotaCode, q.Floor, q.Actual, q.NotCounted, q.Status))
            .Should().Equal(("TEAMS", 1L, 2L, 3L, ProgressStatus.Achieved),
                ("NEW_VOL", 50L, 30L, 0L, ProgressStatus.Behind));
        var dongNai = progress.Units.Single(u => u.UnitCode == "75");
        dongNai.Quotas.Select(q => (q.QuotaCode, q.Floor, q.Actual, q.ElapsedShare, q.Expected))
            .Should().Equal(("TEAMS", 95L, 2L, 1.0, 95.0), ("NEW_VOL", 4_750L, 30L, 1.0, 4_750.0));
    }

    [Fact]
    public async Task Halfway_through_May_a_commune_without_a_team_is_behind_the_expected_0_52()
    {
        await CampaignAsync();

        var progress = await Admin.GetAsync<CampaignProgressView>(
            $"/api/monitoring/campaigns/{Campaign}/progress?unit=75&asOf=2026-05-16");

        var quiet = progress.Units.First(u => u.Level == UnitLevel.Commune && u.Activities == 0);
        quiet.Quotas[0].Should().BeEquivalentTo(new
        {
            QuotaCode = "TEAMS", Actual = 0L, ElapsedShare = 0.5161, Expected = 0.52, Status = ProgressStatus.Behind,
        });
        (await Admin.GetAsync<CampaignProgressView>(
                $"/api/monitoring/campaigns/{Campaign}/progress?unit=75&asOf=2026-04-30"))
            .Units.Single(u => u.UnitCode == quiet.UnitCode).Quotas[0].ElapsedShare.Should().Be(0);
    }

    [Fact]
    public async Task The_2020_launch_day_counts_a_team_of_Ba_Dinh_on_the_districts_of_the_oldest_structure()
    {
        var recorded = await Admin.PostAsJsonAsync("/api/monitoring/activities", new ActivityInput(
            "001", new DateOnly(2020, 5, 23), "mobile_team", "voluntary_participants", "campaign_mobile_team", 1, 60,
            "Đội tuyên truyền lưu động quận Ba Đình", "VN-LAUNCH-2020"), HttpExtensions.Json);
        recorded.StatusCode.Should().Be(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        (await recorded.ReadAsync<ActivityView>()).CampaignCode.Should().Be("VN-LAUNCH-2020");

        var hanoi = await Admin.GetAsync<CampaignProgressView>(
            "/api/monitoring/campaigns/VN-LAUNCH-2020/progress?unit=01&asOf=2020-06-30");

        hanoi.StructureOn.Should().Be(new DateOnly(2021, 1, 1));
        hanoi.Units.Single(u => u.UnitCode == "01").Quotas.Single(q => q.QuotaCode == "TEAMS")
            .Should().BeEquivalentTo(new { Floor = 30L, Actual = 1L, Status = ProgressStatus.Behind });
        hanoi.Units.Single(u => u.UnitCode == "001").Quotas.Single(q => q.QuotaCode == "TEAMS")
            .Should().BeEquivalentTo(new { Floor = 1L, Actual = 1L, Status = ProgressStatus.Achieved });
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "VN-NO-SUCH", "2026-05-05", "campaignCode",
            "Không có chiến dịch nào mang mã 'VN-NO-SUCH' mà bạn được xem: chọn một chiến dịch trong danh sách hoặc để "
                + "trống." },
        { Campaign, "2025-12-01", "date",
            "Ngày 2025-12-01 không thuộc năm của chiến dịch VN-MAY-2026-KQ (2026–2026): kiểm tra lại ngày hoặc chiến "
                + "dịch." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_activity_under_an_unknown_campaign_or_outside_its_years_is_refused_with_the_field(
        string campaign,
        string date,
        string field,
        string message
    )
    {
        await CampaignAsync();
        using var vietnamese = platform.CreateVietnameseClient();

        var response = await vietnamese.PostAsJsonAsync("/api/monitoring/activities", new ActivityInput(TranBien,
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "mobile_team",
            "voluntary_participants", "campaign_mobile_team", 1, 10, null, campaign), HttpExtensions.Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().BeEquivalentTo(
            new Dictionary<string, string[]> { [field] = [message] });
    }

    [Fact]
    public async Task A_file_names_the_campaign_in_a_campaign_code_column_and_an_unknown_one_rejects_the_file()
    {
        await CampaignAsync();
        const string header =
            "unit_code,date,kind,audience_group,communication_form,count,participants,campaign_code\n";
        const string team = "mobile_team,voluntary_participants,campaign_mobile_team,1,40";
        const string good = $"490,2020-05-23,{team},VN-LAUNCH-2020\n";
        var before = await Admin.GetAsync<ActivityPage>("/api/monitoring/activities?unitCode=490&year=2020");

        var refused = await Admin.PostCsvAsync("/api/monitoring/activities/import",
            header + good + $"490,2020-05-24,{team},VN-LAUNCH-2019\n");
        var imported = await Admin.PostCsvAsync("/api/monitoring/activities/import", header + good);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await Problem.ReadAsync(refused)).Errors!["row 2"].Should().Equal("Row 2: campaign_code: There is no campaign "
            + "with code 'VN-LAUNCH-2019' that you may read: choose one from the list or leave it empty.");
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var after = await Admin.GetAsync<ActivityPage>("/api/monitoring/activities?unitCode=490&year=2020");
        after.Total.Should().Be(before.Total + 1);
        after.Items.Should().Contain(a => a.Date == new DateOnly(2020, 5, 23) && a.Participants == 40
            && a.CampaignCode == "VN-LAUNCH-2020");
    }

    [Fact]
    public async Task A_report_without_its_source_or_ending_before_it_starts_is_refused_in_Vietnamese_field_by_field()
    {
        using var vietnamese = platform.CreateVietnameseClient();

        var response = await vietnamese.PostAsJsonAsync("/api/monitoring/new-participants", new
        {
            unitCode = TranBien, fromDate = "2026-05-10", toDate = "2026-05-01", value = 30, source = "",
        }, HttpExtensions.Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["toDate"] = ["Ngày cuối 2026-05-01 trước ngày đầu 2026-05-10: nhập ngày cuối từ ngày đầu trở đi."],
            ["source"] = ["Chưa nhập nguồn số liệu (source, tối đa 500 ký tự): hãy ghi rõ số liệu lấy từ đâu."],
        });
    }

    [Fact]
    public async Task The_feed_serves_the_campaign_its_6710_landed_quotas_and_progress_held_to_the_callers_scope()
    {
        const string baDinh = "00004"; // Hà Nội's: the other tests count Đồng Nai's activities
        await CampaignAsync();
        await ActivityAsync(baDinh, "2026-05-06", count: 1, participants: 70);
        await ActivityAsync(baDinh, "2026-06-02", count: 1, participants: 9);
        var filter = $"$filter=CampaignCode eq '{Campaign}'";
        using var dongNai = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.ProvincialPlanner, UnitScope.Province("75")));
        using var tranBien = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune(TranBien)));

        var campaign = (await Admin.GetFromJsonAsync<JsonElement>($"/odata/Campaigns?$filter=Code eq '{Campaign}'"))
            .GetProperty("value")[0];
        var progress = (await Admin.GetFromJsonAsync<JsonElement>(
            $"/odata/CampaignProgress?{filter} and UnitCode eq '{baDinh}'&$orderby=QuotaCode"))
            .GetProperty("value");

        (campaign.GetProperty("StartDate").GetString(), campaign.GetProperty("EndDate").GetString(),
                campaign.GetProperty("KindName").GetString(), campaign.GetProperty("Quotas").GetInt32())
            .Should().Be(("2026-05-01", "2026-05-31", "Tháng vận động", 2));
        (await Admin.GetStringAsync($"/odata/CampaignQuotas/$count?{filter}")).Should().Be("6710");
        (await Admin.GetStringAsync($"/odata/ActivityReports/$count?{filter} and UnitCode eq '{baDinh}'"))
            .Should().Be("2");
        progress.EnumerateArray().Select(p => (p.GetProperty("QuotaCode").GetString(),
                p.GetProperty("ProvinceCode").GetString(), p.GetProperty("Floor").GetInt64(),
                p.GetProperty("Actual").GetInt64(), p.GetProperty("NotCounted").GetInt64(),
                p.GetProperty("Status").GetString(), p.GetProperty("Reached").GetInt64()))
            .Should().Equal(("NEW_VOL", "01", 50L, 0L, 0L, "Behind", 70L),
                ("TEAMS", "01", 1L, 1L, 1L, "Achieved", 70L));
        (await dongNai.GetStringAsync($"/odata/CampaignProgress/$count?{filter}")).Should().Be("192");
        (await dongNai.GetStringAsync($"/odata/CampaignQuotas/$count?{filter}")).Should().Be("192");
        (await dongNai.GetStringAsync($"/odata/Campaigns/$count?$filter=Code eq '{Campaign}'")).Should().Be("1");
        (await tranBien.GetStringAsync($"/odata/CampaignProgress/$count?{filter} and UnitCode eq '{baDinh}'"))
            .Should().Be("0");
        (await tranBien.GetStringAsync($"/odata/CampaignQuotas/$count?{filter}")).Should().Be("2");
    }

    private async Task ActivityAsync(string unit, string date, long count, long participants)
    {
        var response = await Admin.PostAsJsonAsync("/api/monitoring/activities", new ActivityInput(unit,
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "mobile_team",
            "voluntary_participants", "campaign_mobile_team", count, participants, null, Campaign),
            HttpExtensions.Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task ReportAsync(string unit, string from, string to, long value)
    {
        var response = await Admin.PostAsJsonAsync("/api/monitoring/new-participants", new
        {
            unitCode = unit, fromDate = from, toDate = to, value, source = "Sổ theo dõi của BHXH cơ sở",
        }, HttpExtensions.Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The May 2026 campaign month with a team and 50 new participants per commune; created once per
    /// host.</summary>
    private async Task CampaignAsync()
    {
        if ((await Admin.GetAsync($"/api/campaigns/{Campaign}")).StatusCode == HttpStatusCode.OK)
        {
            return;
        }

        var created = await Admin.PostAsJsonAsync("/api/campaigns", new
        {
            planCode = "VN-2026-2030",
            code = Campaign,
            title = "Tháng vận động triển khai bảo hiểm xã hội toàn dân năm 2026: đội và người tham gia mới",
            kind = "CampaignMonth",
            startDate = "2026-05-01",
            endDate = "2026-05-31",
            quotas = new object[]
            {
                new
                {
                    code = "TEAMS", measure = "CAMPAIGN_TEAMS", level = "Commune", basis = "PerUnit", rateFloor = 1.0,
                },
                new
                {
                    code = "NEW_VOL", measure = "CAMPAIGN_NEW_VOL", level = "Commune", basis = "PerUnit",
                    rateFloor = 50.0,
                },
            },
        }, HttpExtensions.Json);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    /// <summary>A host whose clock reads 15/06/2026, after the campaign month.</summary>
    public sealed class JuneOf2026() : PlatformFactory(new DateTimeOffset(2026, 6, 15, 8, 0, 0, TimeSpan.Zero));
}
