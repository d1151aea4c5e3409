using System.Net;
using Platform.Plans.Tests.Documents;
using Platform.Plans.Tests.Support;
using Platform.TestKit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Plans.Tests.Campaigns;

/// <summary>
/// A unit's campaign brief: the 2020 launch day as Hà Nội's social-insurance office carries it out on the 30
/// districts of the oldest structure the platform holds, the May 2026 campaign month (no numeric quota) for Đồng Nai,
/// and a unit the campaign asks nothing of.
/// </summary>
public sealed class CampaignBriefTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private const string Launch = "/api/campaigns/VN-LAUNCH-2020/brief";

    [Fact]
    public async Task Ha_Noi_is_asked_1_bridge_point_30_teams_and_1_500_participants_and_each_district_1_team_and_50()
    {
        using var brief = await BriefAsync(platform.CreateVietnameseClient(), $"{Launch}?unit=01");
        var paragraphs = brief.Body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        var tables = brief.Body.Descendants<W.Table>().Select(Rows).ToList();

        brief.Errors().Should().BeEmpty();
        tables[0].SelectMany(r => r).Should().Contain(c =>
            c.StartsWith("BẢO HIỂM XÃ HỘI VIỆT NAM", StringComparison.Ordinal)
            && c.Contains("THÀNH PHỐ HÀ NỘI", StringComparison.Ordinal));
        paragraphs.Should().ContainInOrder(
            "KẾ HOẠCH",
            "Triển khai Lễ ra quân hưởng ứng Tháng vận động triển khai BHXH toàn dân - Tuyên truyền, vận động người "
                + "dân tham gia BHXH tự nguyện trên địa bàn thành phố Hà Nội",
            "Thực hiện “Lễ ra quân hưởng ứng Tháng vận động triển khai BHXH toàn dân - Tuyên truyền, vận động người "
                + "dân tham gia BHXH tự nguyện” (Lễ ra quân thuộc kế hoạch VN-KHLT-2020), thành phố Hà Nội triển khai "
                + "như sau:",
            "I. THỜI GIAN",
            "Ngày 23/05/2020.",
            "Chỉ tiêu phân bổ theo danh mục đơn vị hành chính ngày 01/01/2021 (bản ngày 01/3/2025, cấu trúc cũ nhất "
                + "nền tảng lưu giữ): đơn vị năm 2020 có thể khác.",
            "II. CHỦ ĐỀ VÀ THÔNG ĐIỆP",
            "- Chính sách bảo hiểm xã hội - điểm tựa an sinh của người lao động và Nhân dân",
            "- hệ thống truyền thanh cơ sở",
            "IV. CHỈ TIÊU",
            "V. TỔ CHỨC THỰC HIỆN");
        tables[1].Skip(1).Select(r => (r[1], r[2], r[4])).Should().Equal(
            ("Điểm cầu trực tuyến (BRIDGE)", "23/05/2020", "1"),
            ("Đội tuyên truyền lưu động (TEAMS)", "23/05/2020", "30"),
            ("Người tham gia BHXH tự nguyện mới (NEW_VOL)", "23/05/2020 – 30/06/2020", "1.500"),
            ("Người tham gia BHXH tự nguyện mới (HALF_YEAR)", "01/01/2020 – 30/06/2020",
                "Thiếu số liệu: Thành phố Hà Nội chưa có số liệu new_voluntary_target năm 2020 (hoặc năm trước đó): "
                    + "nhập số liệu rồi tính lại chỉ tiêu của chiến dịch."));
        tables[1][2][3].Should().Be("1 cho mỗi đơn vị cấp huyện (30 đơn vị)");
        var annex = tables[^1];
        annex.Should().HaveCount(1 + 30);
        annex[0].Should().Equal("STT", "Đơn vị", "Đội tuyên truyền lưu động (TEAMS)",
            "Người tham gia BHXH tự nguyện mới (NEW_VOL)");
        annex[1].Should().Equal("1", "Quận Ba Đình", "1", "50");
    }

    [Fact]
    public async Task The_May_2026_campaign_month_briefs_Dong_Nai_without_a_numeric_quota_and_in_English_on_request()
    {
        using var vietnamese = await BriefAsync(platform.CreateVietnameseClient(),
            "/api/campaigns/VN-MAY-2026/brief?unit=75");
        using var english = await BriefAsync(platform.CreateClient(), "/api/campaigns/VN-MAY-2026/brief?unit=75");

        var text = vietnamese.Body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        text.Should().Contain(["Từ ngày 01/05/2026 đến ngày 31/05/2026.",
            "Chiến dịch không giao chỉ tiêu bằng số cho đơn vị.", "Chủ đề được lựa chọn phù hợp với từng thời điểm."]);
        text.Should().NotContain("Phụ lục");
        english.Body.Elements<W.Paragraph>().Select(p => p.InnerText)
            .Should().Contain(["I. DATES", "From 01/05/2026 to 31/05/2026.", "IV. QUOTAS"]);
    }

    [Fact]
    public async Task The_nation_briefs_the_launch_day_with_each_of_the_63_provinces_quotas_in_its_annex()
    {
        using var brief = await BriefAsync(platform.CreateVietnameseClient(), Launch);

        brief.Body.Elements<W.Paragraph>().Select(p => p.InnerText).Should()
            .Contain("Chỉ tiêu được giao cho từng đơn vị trực thuộc theo Phụ lục kèm theo.");
        var annex = Rows(brief.Body.Descendants<W.Table>().Last());
        annex.Should().HaveCount(1 + 63);
        annex[0].Should().Equal("STT", "Đơn vị", "Điểm cầu trực tuyến (BRIDGE)", "Đội tuyên truyền lưu động (TEAMS)",
            "Người tham gia BHXH tự nguyện mới (NEW_VOL)", "Người tham gia BHXH tự nguyện mới (HALF_YEAR)");
        annex[1].Take(5).Should().Equal("1", "Thành phố Hà Nội", "1", "30", "1.500");
    }

    [Fact]
    public async Task A_unit_the_campaign_asks_nothing_of_answers_404_in_Vietnamese()
    {
        using var client = platform.CreateVietnameseClient();

        var response = await client.GetAsync($"{Launch}?unit=26041");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response)).Detail.Should().Be("Chiến dịch VN-LAUNCH-2020 không giao gì cho đơn vị "
            + "'26041' trong phạm vi của bạn: chọn đơn vị của chiến dịch hoặc một đơn vị mà chiến dịch đã phân bổ chỉ "
            + "tiêu.");
    }

    [Fact]
    public async Task The_brief_opens_in_LibreOffice_without_repair()
    {
        var response = await platform.CreateClient().GetAsync($"{Launch}?unit=01");

        var pdf = await LibreOffice.ConvertToPdfAsync(await response.Content.ReadAsByteArrayAsync());

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
    }

    private static async Task<WrittenPlan> BriefAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return new WrittenPlan(await response.Content.ReadAsByteArrayAsync());
    }

    private static List<List<string>> Rows(W.Table table) =>
        table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
}
