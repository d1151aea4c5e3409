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

/// <summary>
/// After the 2025 reform a per-district quota has no district to land on; the province's planner counts it per commune
/// instead, with the reason, until the quota's window ends. The campaign here is a year-end peak of 2025 (the plan of
/// 2021–2025 has districts), read on 15/10/2025.
/// </summary>
public sealed class CampaignRebaseTests : IClassFixture<CampaignRebaseTests.AutumnOf2025>
{
    private const string Rebases = "/api/campaigns/VN-PEAK-2025-R/quotas";
    private readonly AutumnOf2025 platform;

    public CampaignRebaseTests(AutumnOf2025 platform)
    {
        this.platform = platform;
        Admin = platform.CreateClient();
        Vietnamese = platform.CreateVietnameseClient();
    }

    private HttpClient Admin { get; }

    private HttpClient Vietnamese { get; }

    [Fact]
    public async Task Dong_Nai_counts_the_district_quotas_per_commune_with_a_reason_Then_95_teams_and_4_750_participants()
    {
        await CampaignAsync(Admin);
        using var hoa = await platform.CreateClientAsAsync("hoa-rebase", PlatformRoles.ProvincialPlanner, "75");
        const string reason = "Từ 01/7/2025 không còn cấp huyện: mỗi xã, phường một đội, 50 người.";

        var teams = await hoa.PutAsJsonAsync($"{Rebases}/TEAMS/rebases/75", new { level = "Commune", reason },
            HttpExtensions.Json);
        var people = await hoa.PutAsJsonAsync($"{Rebases}/NEW_VOL/rebases/75", new { level = "Commune", reason },
            HttpExtensions.Json);

        teams.StatusCode.Should().Be(HttpStatusCode.OK);
        teams.Headers.ETag!.Tag.Should().Be("\"1\"");
        (await teams.ReadAsync<CampaignRebaseView>()).Should().BeEquivalentTo(new
        {
            ProvinceCode = "75", Level = UnitLevel.Commune, Reason = reason, RebasedBy = "hoa-rebase", Floor = 95L,
            UnitCount = 95,
        });
        (await people.ReadAsync<CampaignRebaseView>()).Floor.Should().Be(4_750);
        var dongNai = await Admin.GetAsync<List<CampaignUnitQuotaView>>($"{Rebases}?unit=75");
        dongNai.Where(q => q.UnitCode == "75").Select(q => (q.QuotaCode, q.Floor, q.BasisLevel, q.RebaseReason))
            .Should().Equal(("TEAMS", 95L, UnitLevel.Commune, reason), ("NEW_VOL", 4_750L, UnitLevel.Commune, reason),
                ("BRIDGE", 1L, UnitLevel.Province, null));
        dongNai.Where(q => q.Level == UnitLevel.Commune && q.QuotaCode == "TEAMS").Should().HaveCount(95)
            .And.OnlyContain(q => q.Floor == 1 && q.ParentUnitCode == "75"
                && q.RuleName == "campaign-quota/commune-rebased");
        dongNai.Where(q => q.Level == UnitLevel.Commune && q.QuotaCode == "NEW_VOL").Should().HaveCount(95)
            .And.OnlyContain(q => q.Floor == 50);
        var nation = await Admin.GetAsync<List<CampaignUnitQuotaView>>(Rebases);
        nation.Where(q => q.UnitCode != "75" && q.QuotaCode != "BRIDGE").Should().HaveCount(2 * 33)
            .And.OnlyContain(q => q.MissingData);

        var again = await platform.QueryAsync(db => db.CampaignRebases.CountAsync(r => r.UnitCode == "75"));
        again.Should().Be(2, "one re-base per quota and province, kept apart from the landed rows");
        var landedAgain = await Admin.PostAsync("/api/campaigns/VN-PEAK-2025-R/cascade", null);
        (await landedAgain.ReadAsync<CampaignLanding>()).MissingData.Should().Be(66, "a new landing keeps the re-base");
    }

    public static TheoryData<string, string, string?, string, string> Refusals => new()
    {
        { "75", "TEAMS", "Commune", "reason",
            "Hãy ghi lý do đổi cơ sở tính chỉ tiêu (ví dụ: từ 01/7/2025 không còn cấp huyện)." },
        { "75", "TEAMS", "Province", "level",
            "Cấp 'Province' không dùng được làm cơ sở tính: chọn District (cấp huyện) hoặc Commune (cấp xã)." },
        { "75", "TEAMS", "District", "level", "Chỉ tiêu TEAMS đã tính theo mỗi đơn vị cấp huyện: chọn cấp khác." },
        { "75", "BRIDGE", "Commune", "level",
            "Chỉ tiêu BRIDGE không tính theo số đơn vị cấp dưới: không có cơ sở nào để đổi." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_re_base_without_a_reason_or_to_a_level_the_quota_cannot_take_is_refused_with_the_field(
        string province,
        string quota,
        string? level,
        string field,
        string message
    )
    {
        await CampaignAsync(Admin);
        var before = await platform.QueryAsync(db => db.CampaignRebases.CountAsync());
        var reason = field == "reason" ? null : "Không còn cấp huyện.";

        var response = await Vietnamese.PutAsJsonAsync($"{Rebases}/{quota}/rebases/{province}", new { level, reason },
            HttpExtensions.Json);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().BeEquivalentTo(
            new Dictionary<string, string[]> { [field] = [message] });
        (await platform.QueryAsync(db => db.CampaignRebases.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task A_province_outside_the_planners_scope_is_not_found_a_stale_version_fails_and_a_cleared_re_base_is_missing_again()
    {
        await CampaignAsync(Admin);
        using var hoa = await platform.CreateClientAsAsync("hoa-rebase-2", PlatformRoles.ProvincialPlanner, "75");
        var body = new { level = "Commune", reason = "Không còn cấp huyện." };

        var hanoi = await hoa.PutAsJsonAsync($"{Rebases}/TEAMS/rebases/01", body, HttpExtensions.Json);
        hanoi.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var put = await Admin.PutAsJsonAsync($"{Rebases}/TEAMS/rebases/01", body, HttpExtensions.Json);
        put.StatusCode.Should().Be(HttpStatusCode.OK);
        (await put.ReadAsync<CampaignRebaseView>()).Floor.Should().Be(126, "Hà Nội has 126 communes after the reform");

        var stale = new HttpRequestMessage(HttpMethod.Put, $"{Rebases}/TEAMS/rebases/01")
        {
            Content = JsonContent.Create(new { level = "Commune", reason = "Đổi lý do." },
                options: HttpExtensions.Json),
        };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));
        (await Admin.SendAsync(stale)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);

        var cleared = await Admin.DeleteAsync($"{Rebases}/TEAMS/rebases/01");
        cleared.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Admin.GetAsync<List<CampaignUnitQuotaView>>($"{Rebases}?unit=01"))
            .Single(q => q.QuotaCode == "TEAMS").Should().BeEquivalentTo(new
            {
                MissingData = true, Floor = (long?)null, RebaseReason = (string?)null,
            });
        (await Admin.DeleteAsync($"{Rebases}/TEAMS/rebases/01")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_re_based_quota_is_explained_step_by_step_in_Vietnamese()
    {
        await CampaignAsync(Admin);
        (await Admin.PutAsJsonAsync($"{Rebases}/TEAMS/rebases/48",
            new { level = "Commune", reason = "Không còn cấp huyện." }, HttpExtensions.Json)).EnsureSuccessStatusCode();

        var explanation = await Vietnamese.GetAsync<CampaignQuotaExplanation>(
            $"{Rebases}/TEAMS/explanation?unit=48");
        var english = await Admin.GetAsync<CampaignQuotaExplanation>($"{Rebases}/TEAMS/explanation?unit=48");

        explanation.Summary.Should().Be("Thành phố Đà Nẵng phải đạt 94 đội tuyên truyền lưu động trong Cao điểm phát "
            + "triển người tham gia BHXH tự nguyện cuối năm 2025, từ 01/10/2025 đến 31/12/2025.");
        explanation.Steps.Where((_, i) => i != 4).Should().Equal(
            "Đơn vị: theo danh mục ngày 01/10/2025.",
            "Chỉ tiêu TEAMS (Đội tuyên truyền lưu động): 1 cho mỗi đơn vị cấp huyện, tính từ 01/10/2025 đến "
                + "31/12/2025.",
            "Đổi cơ sở tính: admin chọn mỗi đơn vị cấp xã ngày 15/10/2025, lý do: \"Không còn cấp huyện.\".",
            "Đếm được 94 đơn vị cấp xã thuộc Thành phố Đà Nẵng.",
            "Kết quả: 94 đội tuyên truyền lưu động.");
        explanation.Steps[4].Should().StartWith("Quy tắc: campaign-quota/province-rebased, phiên bản ")
            .And.EndWith(" — đã đổi cơ sở: số cho mỗi đơn vị × số đơn vị thuộc cấp mới trong tỉnh "
                + "(rules/CampaignQuotas.cs).");
        english.Summary.Should().Be("Thành phố Đà Nẵng must reach 94 mobile communication teams in Cao điểm phát "
            + "triển người tham gia BHXH tự nguyện cuối năm 2025, from 01/10/2025 to 31/12/2025.");
        (await Admin.GetAsync($"{Rebases}/TEAMS/explanation?unit=01")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Admin.GetAsync($"{Rebases}/NONE/explanation?unit=48")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task After_the_quotas_window_its_basis_can_no_longer_change()
    {
        using var later = new AutumnOf2025();
        using var admin = later.CreateClient();
        await CampaignAsync(admin);
        later.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero));

        var response = await later.CreateVietnameseClient().PutAsJsonAsync($"{Rebases}/TEAMS/rebases/48",
            new { level = "Commune", reason = "Không còn cấp huyện." }, HttpExtensions.Json);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Problem.ReadAsync(response)).Detail.Should().Be(
            "Chỉ tiêu TEAMS của chiến dịch VN-PEAK-2025-R đã hết thời hạn ngày 31/12/2025: không đổi cơ sở tính được "
                + "nữa.");
    }

    /// <summary>A year-end peak of 2025 with three quotas: a team and 50 new participants per district, and a bridge
    /// point per province; created once per host.</summary>
    private static async Task CampaignAsync(HttpClient admin)
    {
        if ((await admin.GetAsync("/api/campaigns/VN-PEAK-2025-R")).StatusCode == HttpStatusCode.OK)
        {
            return;
        }

        var created = await admin.PostAsJsonAsync("/api/campaigns", new
        {
            planCode = "VN-2021-2025",
            code = "VN-PEAK-2025-R",
            title = "Cao điểm phát triển người tham gia BHXH tự nguyện cuối năm 2025",
            kind = "PeakPeriod",
            startDate = "2025-10-01",
            endDate = "2025-12-31",
            quotas = new object[]
            {
                new
                {
                    code = "TEAMS", measure = "CAMPAIGN_TEAMS", level = "District", basis = "PerUnit", rateFloor = 1.0,
                },
                new
                {
                    code = "NEW_VOL", measure = "CAMPAIGN_NEW_VOL", level = "District", basis = "PerUnit",
                    rateFloor = 50.0,
                },
                new
                {
                    code = "BRIDGE", measure = "CAMPAIGN_BRIDGE_POINTS", level = "Province", basis = "PerUnit",
                    rateFloor = 1.0,
                },
            },
        }, HttpExtensions.Json);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    /// <summary>A host whose clock reads 15/10/2025, inside the peak.</summary>
    public sealed class AutumnOf2025() : PlatformFactory(new DateTimeOffset(2025, 10, 15, 8, 0, 0, TimeSpan.Zero));
}
