using System.Globalization;
using System.Net.Http.Headers;
using MiniExcelLibs;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

/// <summary>An .xlsx with the register's columns imports exactly as the CSV does.</summary>
public sealed class ExcelUnitImportTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task An_xlsx_register_whose_codes_are_numbers_imports_the_same_units_as_the_csv()
    {
        // Typed as numbers, as Excel keeps codes someone typed in: "01" is 1 and "00004" is 4.
        var sheet = RegisterFile.Rows().Select(row => row.Split(',')).Select(cells => new Dictionary<string, object>
        {
            ["province_code"] = int.Parse(cells[0], CultureInfo.InvariantCulture),
            ["province_name"] = cells[1],
            ["province_type"] = cells[2],
            ["commune_code"] = int.Parse(cells[3], CultureInfo.InvariantCulture),
            ["commune_name"] = cells[4],
            ["commune_type"] = cells[5],
        }).ToList();
        using var workbook = new MemoryStream();
        MiniExcel.SaveAs(workbook, sheet, excelType: ExcelType.XLSX);
        workbook.Position = 0;
        var firstRow =
            (IDictionary<string, object?>)
                MiniExcel.Query(workbook, useHeaderRow: true, excelType: ExcelType.XLSX).First();
        firstRow["commune_code"].Should().Be(4d, "the workbook holds the codes as numbers, without leading zeros");
        var content = new ByteArrayContent(workbook.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(TabularFile.XlsxContentType);

        var fromExcel = await (await client.PostAsync("/api/units/import", content)).ReadAsync<ImportReport>();
        var baDinh = await client.GetAsync<UnitSummary>("/api/units/00004");
        var dongNai = await client.GetAsync<UnitSummary>("/api/units/75");
        var csvAfterwards = await (
            await client.PostCsvAsync("/api/units/import", SharedData.UnitsCsv())
        ).ReadAsync<ImportReport>();

        fromExcel
            .Should()
            .Be(
                new ImportReport(Rows: 3321, Added: 0, Updated: 0, Unchanged: 3321),
                "the padded codes find every unit of the embedded register as recorded"
            );
        baDinh
            .Should()
            .Be(
                new UnitSummary(
                    "00004",
                    "Phường Ba Đình",
                    "phường",
                    UnitLevel.Commune,
                    "01",
                    new DateOnly(2025, 7, 1),
                    null,
                    0
                )
            );
        dongNai.Children.Should().Be(95);
        csvAfterwards
            .Should()
            .Be(
                new ImportReport(Rows: 3321, Added: 0, Updated: 0, Unchanged: 3321),
                "the CSV finds every unit already recorded as it says"
            );
    }
}
