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

/// <summary>The national campaigns of the seeds as a fresh platform holds them, in the seeds' words.</summary>
public sealed class SeededCampaignTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private HttpClient Admin { get; } = platform.CreateClient();

    [Fact]
    public async Task A_fresh_platform_holds_the_ten_May_months_the_2020_launch_day_and_the_2023_year_end_peak()
    {
        var all = await Admin.GetAsync<List<CampaignListItem>>("/api/campaigns");

        all.Select(c => (c.Code, c.PlanCode, c.Kind, c.StartDate, c.EndDate, c.Quotas))
            .Should()
            .Equal(
                [
                    ("VN-LAUNCH-2020", "VN-KHLT-2020", CampaignKind.LaunchDay,
                        new DateOnly(2020, 5, 23), new DateOnly(2020, 5, 23), 4),
                    .. Enumerable.Range(2021, 10).SelectMany(year => Row(year)),
                ]
            );
        var inMay2026 = await Admin.GetAsync<List<CampaignListItem>>("/api/campaigns?year=2026");
        inMay2026.Select(c => (c.Code, c.Title, c.KindName, c.ReadOnly))
            .Should()
            .Equal(("VN-MAY-2026", "Tháng vận động triển khai bảo hiểm xã hội toàn dân năm 2026", "Campaign month",
                false));
        var ofThePlan = await Admin.GetAsync<List<CampaignListItem>>("/api/campaigns?plan=VN-2021-2025");
        ofThePlan.Select(c => c.Code)
            .Should()
            .Equal("VN-MAY-2021", "VN-MAY-2022", "VN-MAY-2023", "VN-PEAK-2023", "VN-MAY-2024", "VN-MAY-2025");

        static IEnumerable<(string, string, CampaignKind, DateOnly, DateOnly, int)> Row(int year)
        {
            yield return ($"VN-MAY-{year}", year <= 2025 ? "VN-2021-2025" : "VN-2026-2030", CampaignKind.CampaignMonth,
                new DateOnly(year, 5, 1), new DateOnly(year, 5, 31), 0);
            if (year == 2023)
            {
                yield return ("VN-PEAK-2023", "VN-2021-2025", CampaignKind.PeakPeriod, new DateOnly(2023, 10, 18),
                    new DateOnly(2023, 12, 31), 0);
            }
        }
    }

    [Fact]
    public async Task The_2020_launch_day_says_its_theme_its_eleven_messages_and_its_quotas_as_003_does()
    {
        var launch = await Admin.GetAsync<CampaignView>("/api/campaigns/VN-LAUNCH-2020");

        launch.Title.Should().Be("Lễ ra quân hưởng ứng Tháng vận động triển khai BHXH toàn dân - Tuyên truyền, vận "
            + "động người dân tham gia BHXH tự nguyện");
        (launch.PlanCode, launch.UnitCode, launch.UnitName).Should().Be(("VN-KHLT-2020", "VN", "Việt Nam"));
        launch.Themes[0].Should().Be("Chính sách bảo hiểm xã hội - điểm tựa an sinh của người lao động và Nhân dân");
        launch.Messages.Should().HaveCount(11);
        launch.Messages[0]
            .Should()
            .Be("Đảng và Nhà nước chăm lo cuộc sống Nhân dân thông qua chính sách bảo hiểm xã hội.");
        launch.Messages[6].Should().Contain("hotline 1900.9068");
        launch.Messages[10].Should().Be("Bảo hiểm xã hội tự nguyện chỗ dựa vững chắc của người lao động tự do.");
        launch.Audiences.Select(a => a.Code).Should().Equal("voluntary_participants");
        launch.Forms.Select(f => f.Code)
            .Should()
            .Equal("livestream", "campaign_mobile_team", "visual_materials", "mass_media", "social_network",
                "loudspeaker_radio");
        // 2020 precedes the oldest districts the register holds: the quotas land on those of 1 January 2021.
        launch.StructureOn.Should().Be(new DateOnly(2021, 1, 1));
        launch.StructureNote.Should().Be("Quotas land on the administrative units of 01/01/2021 (the snapshot of 1 "
            + "March 2025, the oldest structure the platform holds): the units of 2020 may differ.");
        launch.Quotas.Select(q => (q.Code, q.Measure, q.Level, q.Basis, q.RateFloor, q.WindowStart, q.WindowEnd))
            .Should()
            .Equal(
                ("BRIDGE", CampaignMeasures.BridgePoints, UnitLevel.Province, CampaignQuotaBasis.PerUnit, 1.0,
                    new DateOnly(2020, 5, 23), new DateOnly(2020, 5, 23)),
                ("TEAMS", CampaignMeasures.Teams, UnitLevel.District, CampaignQuotaBasis.PerUnit, 1.0,
                    new DateOnly(2020, 5, 23), new DateOnly(2020, 5, 23)),
                ("NEW_VOL", CampaignMeasures.NewVoluntaryParticipants, UnitLevel.District, CampaignQuotaBasis.PerUnit,
                    50.0, new DateOnly(2020, 5, 23), new DateOnly(2020, 6, 30)),
                ("HALF_YEAR", CampaignMeasures.NewVoluntaryParticipants, UnitLevel.Province,
                    CampaignQuotaBasis.ShareOfFigure, 50.0, new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 30))
            );
        launch.Quotas[3].Should().BeEquivalentTo(new { Metric = "new_voluntary_target", MetricYear = 2020 });
        launch.Quotas[1].MeasureName.Should().Be("Mobile communication teams");
    }

    [Fact]
    public async Task The_May_months_keep_the_plans_sentence_and_the_2023_peak_its_themes_audiences_and_forms()
    {
        var may2021 = await Admin.GetAsync<CampaignView>("/api/campaigns/VN-MAY-2021");
        var may2030 = await Admin.GetAsync<CampaignView>("/api/campaigns/VN-MAY-2030");
        var peak = await Admin.GetAsync<CampaignView>("/api/campaigns/VN-PEAK-2023");

        may2021.Note.Should().Be("Tuyên truyền vào dịp tháng 5 là “Tháng vận động triển khai BHXH toàn dân” (chủ đề sẽ "
            + "được lựa chọn phù hợp với từng thời điểm).");
        may2030.Note.Should().Be("Tuyên truyền trong “Tháng vận động triển khai bảo hiểm xã hội toàn dân” (tháng 5 "
            + "hằng năm) với chủ đề cụ thể, linh hoạt, phù hợp với từng giai đoạn và yêu cầu thực tiễn.");
        (may2021.StructureOn, may2021.StructureNote, may2021.Quotas.Count)
            .Should()
            .Be((new DateOnly(2021, 5, 1), (string?)null, 0));
        peak.Themes.Should().HaveCount(4);
        peak.Themes[1].Should().Be("Truyền thông một số nội dung cơ bản về dự thảo Luật BHXH sửa đổi");
        peak.Messages.Should().ContainSingle().Which.Should().StartWith("dù chính sách BHXH một lần được thay đổi");
        peak.Audiences.Select(a => a.Code)
            .Should()
            .Equal("workers_employers", "deputies_authorities", "voluntary_participants");
        peak.Forms.Select(f => f.Code)
            .Should()
            .Equal(
                "mass_media", "social_network", "loudspeaker_radio", "conference", "visual_materials", "small_group");
        peak.Source.Should().Be("002_1f85da4c7d76777b.txt (Công văn 337/BHXH-TT ngày 18/10/2023)");
    }
}
