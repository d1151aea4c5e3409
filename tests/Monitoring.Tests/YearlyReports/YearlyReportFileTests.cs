using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Monitoring.Tests.YearlyReports;

/// <summary>
/// The yearly report as a commune sends it before 15/12 and as the province compiles it (seed 001): a workbook with a
/// sheet for the province and one per commune, and a report in the layout of Decree 30, Vietnamese unless asked for
/// English.
/// </summary>
[Collection(nameof(YearlyReportVerbCollection))]
public sealed class YearlyReportFileTests(CascadedProvinceFixture fixture)
    : IClassFixture<CascadedProvinceFixture>,
        IAsyncLifetime
{
    private const string EnterpriseConferences =
        "Hội nghị đối thoại với người lao động, người sử dụng lao động tại doanh nghiệp";

    private static readonly string[] VietnameseHeaders =
    [
        "Chỉ tiêu",
        "Đơn vị tính",
        "Chỉ tiêu được giao (mức tối thiểu)",
        "Mức phấn đấu",
        "Kết quả thực hiện",
        "Tỷ lệ đạt (%)",
        "Đánh giá",
    ];

    private readonly HttpClient vietnamese = fixture.Factory.CreateVietnameseClient();

    private HttpClient Vietnamese => vietnamese;

    // 11 enterprise conferences against a floor of 10 (stretch 15) in 2022; commune 3 submits its 2022 report.
    public async Task InitializeAsync()
    {
        if (
            (await MonitoringApi.DeadlinesAsync(fixture.Client, 2022, $"planCode={CommunePlan(3)}"))
                .Single()
                .SubmittedOn
            is null
        )
        {
            await MonitoringApi.ImportAsync(
                fixture.Client,
                MonitoringApi.Line(Code, new DateOnly(2022, 4, 2), "enterprise_conference", 11)
            );
            await MonitoringApi.SubmitAsync(fixture.Client, CommunePlan(3), 2022);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_province_workbook_has_a_sheet_for_the_province_and_one_for_each_of_its_95_communes_with_Vietnamese_headers()
    {
        await using var workbook = await FileAsync(
            Vietnamese,
            $"/api/monitoring/plans/{Plan}/reports/2022/xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );

        var sheets = workbook.GetSheetNames();
        var province = Rows(workbook, "Tỉnh Thử Nghiệm");
        var commune = Rows(workbook, "Xã Thử 20");

        sheets.Should().HaveCount(1 + Communes);
        sheets.Take(3).Should().Equal("Tỉnh Thử Nghiệm", "Xã Thử 1", "Xã Thử 2");
        province[0].Keys.Should().Equal(VietnameseHeaders);
        var enterprise = province.Single(r => (string?)r["Chỉ tiêu"] == EnterpriseConferences);
        enterprise["Đơn vị tính"].Should().Be("cuộc");
        Number(enterprise["Chỉ tiêu được giao (mức tối thiểu)"]).Should().Be(10);
        Number(enterprise["Mức phấn đấu"]).Should().Be(15);
        Number(enterprise["Kết quả thực hiện"]).Should().Be(11);
        Number(enterprise["Tỷ lệ đạt (%)"]).Should().Be(110);
        enterprise["Đánh giá"].Should().Be("Đạt");
        var radio = commune.Single(r =>
            (string?)r["Chỉ tiêu"] == "Lượt phát thanh về BHXH tự nguyện trên đài truyền thanh cơ sở"
        );
        radio["Đơn vị tính"].Should().Be("lượt");
        Number(radio["Chỉ tiêu được giao (mức tối thiểu)"]).Should().Be(104);
        Number(radio["Kết quả thực hiện"]).Should().Be(0);
        radio["Đánh giá"].Should().Be("Chậm tiến độ");
    }

    [Fact]
    public async Task A_client_asking_for_English_gets_English_headers_and_status_names_and_the_JSON_keeps_its_codes()
    {
        await using var workbook = await FileAsync(
            fixture.Client,
            $"/api/monitoring/plans/{CommunePlan(20)}/reports/2022/xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        var report = await fixture
            .Factory.CreateVietnameseClient()
            .GetAsync<YearlyReport>($"/api/monitoring/plans/{CommunePlan(20)}/reports/2022");

        workbook.GetSheetNames().Should().Equal("Xã Thử 20");
        var radio = Rows(workbook, "Xã Thử 20")
            .Single(r => (string?)r["Indicator"] == "Commune radio broadcasts on voluntary SI");
        radio
            .Keys.Should()
            .Equal(
                "Indicator",
                "Unit",
                "Assigned target (floor)",
                "Stretch target",
                "Result",
                "Achieved (%)",
                "Assessment"
            );
        radio["Assessment"].Should().Be("Behind");
        radio["Unit"].Should().Be("broadcasts");
        var line = report.Lines.Single(l => l.IndicatorCode == "RADIO_VOL");
        line.Status.Should().Be(ProgressStatus.Behind);
        line.StatusName.Should().Be("Chậm tiến độ");
        line.IndicatorName.Should().Be("Lượt phát thanh về BHXH tự nguyện trên đài truyền thanh cơ sở");
    }

    [Fact]
    public async Task The_province_report_is_a_BAO_CAO_with_a_row_per_indicator_and_an_annex_with_a_table_per_commune()
    {
        using var document = await DocumentAsync(Vietnamese, $"/api/monitoring/plans/{Plan}/reports/2022/docx");
        var body = document.MainDocumentPart!.Document!.Body!;
        var tables = Tables(body);

        body.InnerText.Should()
            .Contain("ỦY BAN NHÂN DÂN")
            .And.Contain("TỈNH THỬ NGHIỆM")
            .And.Contain("Số:      /BC-UBND")
            .And.Contain("BÁO CÁO")
            .And.Contain("Kết quả thực hiện công tác tuyên truyền bảo hiểm xã hội năm 2022")
            .And.Contain("II. KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG")
            .And.Contain("Kết quả thực hiện của 95 đơn vị (1 đơn vị đã gửi báo cáo)")
            .And.Contain("3. Xã Thử 3 (báo cáo gửi ngày 15/03/2026)")
            .And.Contain("PHỤ LỤC")
            .And.Contain("TM. ỦY BAN NHÂN DÂN")
            .And.Contain("PHÓ CHỦ TỊCH");
        tables.Should().HaveCount(1 + Communes);
        tables[0][0].Should().Equal(["STT", .. VietnameseHeaders]);
        tables[0]
            .Single(r => r[1] == EnterpriseConferences)
            .Skip(2)
            .Should()
            .Equal("cuộc", "10", "15", "11", "110", "Đạt");
        tables[1]
            .Single(r => r[1] == "Lượt phát thanh về BHXH tự nguyện trên đài truyền thanh cơ sở")
            .Skip(2)
            .Should()
            .Equal("lượt", "104", "", "0", "0", "Chậm tiến độ");
    }

    [Fact]
    public async Task A_commune_report_goes_to_the_provincial_Peoples_Committee_through_the_Department_of_Home_Affairs_and_opens_in_LibreOffice()
    {
        var response = await Vietnamese.GetAsync($"/api/monitoring/plans/{CommunePlan(20)}/reports/2022/docx");
        var content = await response.Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be($"bao-cao-{CommunePlan(20)}-2022.docx");
        text.Should()
            .Contain("XÃ THỬ 20")
            .And.Contain("Thử 20, ngày      tháng      năm 2022")
            .And.Contain("BÁO CÁO")
            .And.Contain(
                "Ủy ban nhân dân xã Thử 20 báo cáo kết quả thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa "
                    + "bàn xã Thử 20 năm 2022"
            )
            .And.Contain("Ủy ban nhân dân tỉnh Thử Nghiệm (thông qua Sở Nội vụ);")
            .And.Contain("TM. ỦY BAN NHÂN DÂN")
            .And.Contain("CHỦ TỊCH")
            .And.NotContain("PHÓ CHỦ TỊCH")
            .And.NotContain("PHỤ LỤC");
        Tables(document.MainDocumentPart.Document.Body).Should().HaveCount(1);
        var pdf = await LibreOffice.ConvertToPdfAsync(content);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public async Task A_year_out_of_range_is_a_400_and_a_year_outside_the_plan_or_an_unknown_plan_a_404(string format)
    {
        var invalid = await Vietnamese.GetAsync($"/api/monitoring/plans/{Plan}/reports/1999/{format}");
        var outside = await fixture.Client.GetAsync($"/api/monitoring/plans/{Plan}/reports/2030/{format}");
        var unknown = await fixture.Client.GetAsync($"/api/monitoring/plans/NOPE-2021-2025/reports/2022/{format}");

        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(invalid)).Errors!["year"].Should().Equal("Năm (year) phải từ 2000 đến 2100.");
        outside.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(outside))
            .Detail.Should()
            .Be(
                $"Plan '{Plan}' owes no yearly report for 2030 (it does not cover that year or has no reporting "
                    + $"deadline)."
            );
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_host_verb_writes_the_province_workbook_in_Vietnamese()
    {
        var file = Path.Combine(fixture.Factory.Folder, "t1-2022.xlsx");

        var (exit, output, error) = await HostVerbs.RunAsync(
            HostVerbs.English,
            fixture.Factory.Folder,
            "yearly-report",
            Plan,
            "2022",
            file
        );

        exit.Should().Be(0, error);
        output.Should().Contain("Tỉnh Thử Nghiệm, 95 units below");
        MiniExcel.GetSheetNames(file).Should().HaveCount(1 + Communes);
        MiniExcel
            .Query(file, useHeaderRow: true, sheetName: "Xã Thử 1")
            .Cast<IDictionary<string, object?>>()
            .First()
            .Keys.Should()
            .Equal(VietnameseHeaders);
    }

    private static async Task<MemoryStream> FileAsync(HttpClient client, string url, string contentType)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        return new MemoryStream(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<WordprocessingDocument> DocumentAsync(HttpClient client, string url) =>
        WordprocessingDocument.Open(
            await FileAsync(client, url, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            isEditable: false
        );

    private static List<IDictionary<string, object?>> Rows(Stream workbook, string sheet) =>
        workbook.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();

    /// <summary>The report's tables: the writer lays out the masthead and the signature in tables of its own.</summary>
    private static List<List<List<string>>> Tables(W.Body body) =>
        body.Descendants<W.Table>().Select(Rows).Where(t => t.Count > 0 && t[0].Count > 0 && t[0][0] == "STT").ToList();

    private static List<List<string>> Rows(W.Table table) =>
        table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();

    private static double Number(object? cell) => Convert.ToDouble(cell, CultureInfo.InvariantCulture);
}

/// <summary>Host verbs write to the process-wide console: their test classes do not run in parallel with each
/// other.</summary>
[CollectionDefinition(nameof(YearlyReportVerbCollection), DisableParallelization = true)]
public sealed class YearlyReportVerbCollection;
