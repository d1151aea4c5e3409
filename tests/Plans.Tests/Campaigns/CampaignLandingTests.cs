using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Campaigns;

/// <summary>
/// Campaign quotas landed by the rule set on the units of the campaign's structure date: the 2020 launch day on the
/// 696 districts of the oldest structure the platform holds, a share of a figure once the figure is imported, and a
/// per-district quota on a day after the 2025 reform, which has no district to land on and says so.
/// </summary>
public sealed class CampaignLandingTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private HttpClient Admin { get; } = platform.CreateClient();

    [Fact]
    public async Task Given_696_districts_the_2020_launch_day_asks_one_team_each_Then_696_teams_and_34_800_new_participants()
    {
        var rows = await platform.QueryAsync(db => db.CampaignUnitQuotas.AsNoTracking()
            .Where(q => db.Campaigns.Any(c => c.Id == q.CampaignId && c.Code == "VN-LAUNCH-2020"))
            .Join(db.Set<Platform.Plans.Campaigns.CampaignQuota>(), q => q.QuotaId, d => d.Id, (q, d) => new
            {
                d.Code, q.Level, q.Floor, q.MissingData,
            })
            .ToListAsync());

        rows.Should().HaveCount(1_644, "63 bridge points, 63 + 696 teams, 63 + 696 participants, 63 half-years");
        Sum("BRIDGE", UnitLevel.Province).Should().Be(63);
        Sum("TEAMS", UnitLevel.District).Should().Be(696);
        Sum("TEAMS", UnitLevel.Province).Should().Be(696);
        Sum("NEW_VOL", UnitLevel.District).Should().Be(34_800);
        Sum("NEW_VOL", UnitLevel.Province).Should().Be(34_800);
        rows.Where(r => r.Code == "HALF_YEAR").Should().HaveCount(63).And.OnlyContain(r => r.MissingData);
        rows.Where(r => r.Code != "HALF_YEAR").Should().OnlyContain(r => !r.MissingData);

        long Sum(string quota, UnitLevel level) =>
            rows.Where(r => r.Code == quota && r.Level == level).Sum(r => r.Floor ?? 0);
    }

    [Theory]
    [InlineData("01", 30, 1_500)]
    [InlineData("75", 11, 550)]
    [InlineData("48", 8, 400)]
    [InlineData("31", 15, 750)]
    public async Task Each_province_of_the_launch_day_fields_a_team_and_finds_50_participants_per_district(
        string province,
        long teams,
        long participants
    )
    {
        var quotas = await Admin.GetAsync<List<CampaignUnitQuotaView>>("/api/campaigns/VN-LAUNCH-2020/quotas");
        var below = await Admin.GetAsync<List<CampaignUnitQuotaView>>(
            $"/api/campaigns/VN-LAUNCH-2020/quotas?unit={province}");

        quotas.Should().HaveCount(4 * 63, "the campaign's own unit is the nation: its 63 provinces, four quotas each");
        var own = quotas.Where(q => q.UnitCode == province).ToList();
        own.Select(q => (q.QuotaCode, q.Floor, q.UnitCount, q.BasisLevel))
            .Should()
            .Equal(
                ("BRIDGE", 1L, 1, UnitLevel.Province),
                ("TEAMS", teams, (int)teams, UnitLevel.District),
                ("NEW_VOL", participants, (int)teams, UnitLevel.District),
                ("HALF_YEAR", (long?)null, (int?)null, UnitLevel.Province));
        below.Where(q => q.Level == UnitLevel.District).Should().HaveCount((int)teams * 2)
            .And.OnlyContain(q => q.ParentUnitCode == province);
        below.Where(q => q.QuotaCode == "NEW_VOL" && q.Level == UnitLevel.District)
            .Should().OnlyContain(q => q.Floor == 50 && q.WindowEnd == new DateOnly(2020, 6, 30));
    }

    [Fact]
    public async Task A_per_district_quota_after_the_reform_has_no_district_to_land_on_and_says_so_on_each_province()
    {
        var created = await Admin.PostAsJsonAsync("/api/campaigns", new
        {
            planCode = "VN-2021-2025",
            code = "VN-PEAK-2025",
            title = "Cao điểm phát triển người tham gia BHXH tự nguyện cuối năm 2025",
            kind = "PeakPeriod",
            startDate = "2025-10-01",
            endDate = "2025-12-31",
            quotas = new[]
            {
                new
                {
                    code = "TEAMS", measure = "CAMPAIGN_TEAMS", level = "District", basis = "PerUnit", rateFloor = 1.0,
                },
            },
        }, HttpExtensions.Json);
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        var quotas = await Admin.GetAsync<List<CampaignUnitQuotaView>>("/api/campaigns/VN-PEAK-2025/quotas");

        quotas.Should().HaveCount(34).And.OnlyContain(q => q.MissingData && q.Floor == null);
        quotas.Single(q => q.UnitCode == "75").MissingReason.Should().Be(
            "Ngày 01/10/2025 không có đơn vị cấp huyện nào thuộc Tỉnh Đồng Nai (chính quyền địa phương hai cấp từ "
                + "01/7/2025): chọn cơ sở khác, ví dụ mỗi xã.");
    }

    [Fact]
    public async Task A_per_commune_quota_of_May_2026_gives_Dong_Nai_95_and_each_of_its_communes_one()
    {
        var created = await Admin.PostAsJsonAsync("/api/campaigns", new
        {
            planCode = "VN-2026-2030",
            code = "VN-MAY-2026-TEAMS",
            title = "Tháng vận động 2026: đội tuyên truyền lưu động",
            kind = "CampaignMonth",
            startDate = "2026-05-01",
            endDate = "2026-05-31",
            quotas = new[]
            {
                new
                {
                    code = "TEAMS", measure = "CAMPAIGN_TEAMS", level = "Commune", basis = "PerUnit", rateFloor = 1.0,
                },
            },
        }, HttpExtensions.Json);
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        var dongNai = await Admin.GetAsync<List<CampaignUnitQuotaView>>(
            "/api/campaigns/VN-MAY-2026-TEAMS/quotas?unit=75");
        var total = await platform.QueryAsync(db => db.CampaignUnitQuotas
            .CountAsync(q => db.Campaigns.Any(c => c.Id == q.CampaignId && c.Code == "VN-MAY-2026-TEAMS")));

        total.Should().Be(34 + 3_321);
        dongNai.Single(q => q.UnitCode == "75").Should().BeEquivalentTo(new { Floor = 95L, UnitCount = 95 });
        dongNai.Where(q => q.Level == UnitLevel.Commune).Should().HaveCount(95).And.OnlyContain(q => q.Floor == 1);
    }
}
