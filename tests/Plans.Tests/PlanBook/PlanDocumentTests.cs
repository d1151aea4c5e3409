using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Tests.Documents;
using Platform.Plans.Tests.Support;
using Platform.TestKit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>Đồng Nai's plan 2026–2030 as the province issues it: a .docx in the layout of seed 001, opened and read
/// back.</summary>
[Collection(nameof(Platform.Plans.Tests.Host.HostVerbCollection))]
public sealed class PlanDocumentTests(DongNaiPlanFixture platform) : IClassFixture<DongNaiPlanFixture>
{
    private static readonly string[] Headings =
    [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "2. Yêu cầu",
        "II. MỤC TIÊU",
        "1. Mục tiêu tổng quát",
        "2. Chỉ tiêu cụ thể",
        "III. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN",
        "1. Nội dung tuyên truyền",
        "2. Đối tượng tuyên truyền",
        "3. Nhiệm vụ, giải pháp đối với từng nhóm đối tượng",
    ];

    [Fact]
    public async Task The_province_plan_reads_as_Dong_Nai_issues_it_with_67_communes_and_134_to_268_conferences_in_2026()
    {
        using var document = await DocumentAsync(
            platform.CreateVietnameseClient(),
            $"/api/plans/{DongNaiPlanFixture.Plan}/document"
        );
        var text = document.Body.InnerText;
        var headings = document
            .Body.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2")
            .Select(p => p.InnerText)
            .ToList();

        headings.Take(Headings.Length).Should().Equal(Headings);
        headings
            .Should()
            .ContainInOrder(
                "IV. KINH PHÍ THỰC HIỆN",
                "V. TỔ CHỨC THỰC HIỆN",
                "1. Sở Nội vụ",
                "2. Bảo hiểm xã hội tỉnh"
            );
        text.Should()
            .Contain("ỦY BAN NHÂN DÂN")
            .And.Contain("TỈNH ĐỒNG NAI")
            .And.Contain("KẾ HOẠCH")
            .And.Contain(
                "Triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn tỉnh Đồng Nai giai đoạn 2026 "
                    + "- 2030"
            )
            .And.Contain("Căn cứ Quyết định số 176/QĐ-BNV ngày 12 tháng 02 năm 2026 của Bộ Nội vụ")
            .And.Contain("Nơi nhận:").And.Contain("TM. ỦY BAN NHÂN DÂN").And.Contain("PHÓ CHỦ TỊCH")
            .And.NotContain("cấp cấp").And.NotContain("Đơn vị chủ trì");
        var year2026 = Rows(document.Body.Descendants<W.Table>().Single(t => Caption(t) == "Năm 2026"));
        year2026
            .Single(r => r[1] == "Xã, phường tổ chức hội nghị tuyên truyền trực tiếp tại cơ sở")
            .Skip(2)
            .Should()
            .Equal("70 % số xã/năm", "67", "", "xã, phường");
        year2026
            .Single(r => r[1] == "Số hội nghị tuyên truyền trực tiếp tại mỗi xã được chọn")
            .Skip(2)
            .Should()
            .Equal("2–4 cuộc/xã/năm", "134", "268", "cuộc");
        var annex = Rows(document.Body.Descendants<W.Table>().First(t => Rows(t).Count > 90));
        annex.Should().HaveCount(96, "a header and the 95 communes");
        annex[1].Take(2).Should().Equal("1", "Phường Bình Phước");
        document.Errors().Should().BeEmpty();
    }

    [Fact]
    public async Task The_document_opens_in_LibreOffice_without_repair()
    {
        var response = await platform.Admin.GetAsync($"/api/plans/{DongNaiPlanFixture.Plan}/document");

        var pdf = await LibreOffice.ConvertToPdfAsync(await response.Content.ReadAsByteArrayAsync());

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
    }

    [Fact]
    public async Task A_commune_plan_names_its_own_bodies_and_asks_for_English_headings_in_English()
    {
        var commune = (
            await platform.Admin.GetAsync<PlanView>($"/api/plans/{DongNaiPlanFixture.Plan}")
        ).SubordinatePlans[0];
        using var vietnamese = await DocumentAsync(platform.CreateVietnameseClient(), $"/api/plans/{commune}/document");
        using var english = await DocumentAsync(platform.Admin, $"/api/plans/{commune}/document");

        vietnamese
            .Body.InnerText.Should()
            .Contain("PHƯỜNG BÌNH PHƯỚC")
            .And.Contain(
                "Căn cứ Kế hoạch triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn tỉnh Đồng Nai"
            )
            .And.Contain("1. Phòng Văn hóa - Xã hội")
            .And.Contain("Ủy ban nhân dân tỉnh Đồng Nai (thông qua Sở Nội vụ)")
            .And.NotContain("Sở Tài chính")
            .And.NotContain("đại học");
        english.Body.InnerText.Should().Contain("I. PURPOSE AND REQUIREMENTS").And.Contain("PLAN");
    }

    [Fact]
    public async Task The_year_plan_holds_that_years_targets_only_and_a_year_outside_the_plan_is_refused()
    {
        using var document = await DocumentAsync(
            platform.CreateVietnameseClient(),
            $"/api/plans/{DongNaiPlanFixture.Plan}/document?year=2027"
        );
        var outside = await platform.Admin.GetAsync($"/api/plans/{DongNaiPlanFixture.Plan}/document?year=2031");
        var national = await platform.Admin.GetAsync("/api/plans/VN-2026-2030/document");

        document.Body.InnerText.Should().Contain("trên địa bàn tỉnh Đồng Nai năm 2027");
        document
            .Body.Descendants<W.Table>()
            .Select(Caption)
            .Where(c => c.StartsWith("Năm ", StringComparison.Ordinal))
            .Should()
            .Equal("Năm 2027");
        outside.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(outside))
            .Errors!["year"]
            .Should()
            .Equal("year 2031 is outside plan 75-2026-2030, which covers 2026–2030.");
        national.StatusCode.Should().Be((HttpStatusCode)422);
    }

    [Fact]
    public async Task The_documents_of_the_province_and_its_95_communes_go_into_one_zip_through_the_host_verb()
    {
        var zip = Path.Combine(platform.Folder, "dong-nai.zip");

        var (exit, output, error) = await HostVerbs.RunAsync(
            HostVerbs.English,
            platform.Folder,
            "plan-documents",
            DongNaiPlanFixture.Plan,
            zip
        );

        exit.Should().Be(0, error);
        output.Should().Contain("95 plan documents");
        using var archive = ZipFile.OpenRead(zip);
        archive.Entries.Should().HaveCount(95);
    }

    private static async Task<WrittenPlan> DocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response
            .Content.Headers.ContentType!.MediaType.Should()
            .Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new WrittenPlan(await response.Content.ReadAsByteArrayAsync());
    }

    private static List<List<string>> Rows(W.Table table) =>
        table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();

    private static string Caption(W.Table table) =>
        table.ElementsBefore().OfType<W.Paragraph>().LastOrDefault()?.InnerText ?? "";
}
