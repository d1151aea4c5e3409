using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Campaigns;

/// <summary>The launch day's "50% of the year's target in the first six months" lands once the figure is imported
/// and the campaign landed again (a platform of its own: the import changes what the other tests read).</summary>
public sealed class ShareOfFigureLandingTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private HttpClient Admin { get; } = platform.CreateClient();

    [Fact]
    public async Task Half_the_years_target_by_30_June_needs_the_figure_and_is_617_of_1_234_once_imported()
    {
        var before = await Admin.GetAsync<List<CampaignUnitQuotaView>>("/api/campaigns/VN-LAUNCH-2020/quotas");
        before.Single(q => q.UnitCode == "75" && q.QuotaCode == "HALF_YEAR").MissingReason.Should().Be(
            "Tỉnh Đồng Nai chưa có số liệu new_voluntary_target năm 2020 (hoặc năm trước đó): nhập số liệu rồi tính "
                + "lại chỉ tiêu của chiến dịch.");

        (await Admin.PostCsvAsync("/api/statistics/import",
            "unit_code,year,metric,value,source\n75,2020,new_voluntary_target,1234,Kế hoạch phát triển 2020\n"))
            .EnsureSuccessStatusCode();
        var landed = await Admin.PostAsync("/api/campaigns/VN-LAUNCH-2020/cascade", null);

        landed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await landed.ReadAsync<CampaignLanding>()).Should().Be(new CampaignLanding("VN-LAUNCH-2020", 1_644, 62));
        var after = await Admin.GetAsync<List<CampaignUnitQuotaView>>("/api/campaigns/VN-LAUNCH-2020/quotas");
        after.Single(q => q.UnitCode == "75" && q.QuotaCode == "HALF_YEAR")
            .Should()
            .BeEquivalentTo(
                new { Floor = 617L, MissingData = false, RuleName = "campaign-quota/province-share-of-figure" });
        after.Count(q => q.QuotaCode == "HALF_YEAR" && q.MissingData).Should().Be(62);
    }
}
