using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.Documents.Tabular;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Units;

/// <summary>
/// An import is all or nothing: a file with one bad row is rejected with a 400 naming that row, and the units
/// (here the nation and its 34 seeded provinces, before any commune) are exactly as before.
/// </summary>
public sealed class UnitImportRejectionTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private const int SeededUnits = SharedData.FreshDatabaseUnits;
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task A_register_whose_row_1200_has_an_unknown_province_code_is_rejected_naming_row_1200()
    {
        var file = RegisterFile.WithRow(1200, cells => cells[RegisterFile.ProvinceCode] = "99");

        var problem = await RejectedAsync(Csv(file));

        problem.Errors.Should().ContainSingle().Which.Key.Should().Be("row 1200");
        problem
            .Errors!["row 1200"]
            .Should()
            .Contain(
                "Row 1200: unknown province code '99': no province with that code is in force on the structure's date."
            );
        problem
            .Detail.Should()
            .StartWith("The file was rejected and nothing was imported. Row 1200: unknown province code '99'");
    }

    [Fact]
    public async Task A_register_whose_row_1200_has_an_empty_commune_name_is_rejected_naming_row_1200()
    {
        var code = RegisterFile.Cells(1200)[RegisterFile.CommuneCode];
        var file = RegisterFile.WithRow(1200, cells => cells[RegisterFile.CommuneName] = "  ");

        var problem = await RejectedAsync(Csv(file));

        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["row 1200"] = [$"Row 1200: the name of unit '{code}' is empty."],
        });
    }

    [Fact]
    public async Task A_register_that_repeats_a_commune_code_is_rejected_naming_the_repeating_row()
    {
        var rows = RegisterFile.Rows();
        var file = RegisterFile.Csv(rows.Append(rows[0]));

        var problem = await RejectedAsync(Csv(file));

        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["row 3322"] = ["Row 3322: duplicate code '00004': it is already used on row 1."],
        });
    }

    [Fact]
    public async Task A_register_with_bytes_that_are_not_UTF8_on_row_1200_is_rejected_naming_row_1200()
    {
        var rows = RegisterFile.Rows();
        var before = Encoding.UTF8.GetBytes(RegisterFile.ToText(rows.Take(1199)));
        var after = Encoding.UTF8.GetBytes(string.Join('\n', rows.Skip(1199)) + "\n");
        // "Xã Tiên" as a Windows code page would save it
        byte[] latin1Name = [0x58, 0xE3, 0x20, 0x54, 0x69, 0xEA, 0x6E];
        var file = before.Concat(latin1Name).Concat(after).ToArray();

        var problem = await RejectedAsync(Csv(file));

        problem
            .Errors.Should()
            .BeEquivalentTo(
                new Dictionary<string, string[]>
                {
                    ["row 1200"] =
                    [
                        "Row 1200 (line 1201 of the file) is not valid UTF-8 text. Save the file as \"CSV UTF-8\" and "
                            + "import it again.",
                    ],
                }
            );
    }

    [Fact]
    public async Task A_row_with_an_empty_name_is_still_checked_against_the_file_and_the_register_and_every_error_counted()
    {
        var problem = await RejectedAsync(Csv("code,name,type,parent_code\n26001,,xã,7599\n26001,Xã Hai,xã,75\n"));

        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["row 1"] =
            [
                "Row 1: the name of unit '26001' is empty.",
                "Row 1: unknown parent code '7599' of unit '26001'.",
            ],
            ["row 2"] = ["Row 2: duplicate code '26001': it is already used on row 1."],
        }, options => options.WithStrictOrdering());
        problem
            .Detail.Should()
            .Be("The file was rejected and nothing was imported. Row 1: the name of unit '26001' is empty. "
                + "(and 2 more errors)");
    }

    [Fact]
    public async Task A_file_whose_columns_are_not_a_known_shape_is_rejected_naming_the_expected_columns()
    {
        var problem = await RejectedAsync(Csv("ma,ten,loai,ma_cha\n26000,Xã Thử,xã,75\n"));

        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["file"] =
            [
                "Expected the columns province_code,province_name,province_type,commune_code,commune_name,commune_type "
                + "or code,name,type,parent_code; found ma,ten,loai,ma_cha.",
            ],
        });
    }

    [Fact]
    public async Task An_empty_body_is_rejected_by_validation_as_an_empty_file()
    {
        var problem = await RejectedAsync(Csv([]));

        problem
            .Errors.Should()
            .BeEquivalentTo(new Dictionary<string, string[]> { ["content"] = ["The file is empty."] });
    }

    [Fact]
    public async Task A_Vietnamese_client_reads_the_empty_file_and_a_row_error_in_Vietnamese()
    {
        var vietnamese = platform.CreateVietnameseClient();

        var empty = await vietnamese.PostAsync("/api/units/import", Csv([]));
        var unknownParent = await vietnamese.PostAsync(
            "/api/units/import",
            Csv("code,name,type,parent_code\n26999,Xã Thử,xã,99\n")
        );

        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(empty)).Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["content"] = ["Tệp không có dữ liệu. Hãy gửi tệp CSV (UTF-8) hoặc Excel .xlsx có dòng tiêu đề."],
        });
        unknownParent.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(unknownParent))
            .Errors!["row 1"]
            .Should()
            .Contain("Dòng 1: không có đơn vị cấp trên mang mã '99' của đơn vị '26999'.");
        (await platform.UnitRowsAsync()).Should().HaveCount(SeededUnits, "a rejected file writes nothing");
    }

    [Fact]
    public async Task A_body_that_is_neither_csv_nor_xlsx_is_refused_with_415()
    {
        var body = new StringContent("[{\"code\":\"26000\"}]", Encoding.UTF8, "application/json");

        var problem = await RejectedAsync(body, HttpStatusCode.UnsupportedMediaType);

        problem
            .Detail.Should()
            .Be(
                "Send the file as text/csv (UTF-8) or "
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; got 'application/json'."
            );
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_rejected_as_an_unreadable_excel_file()
    {
        var content = new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4]);
        content.Headers.ContentType = new MediaTypeHeaderValue(TabularFile.XlsxContentType);

        var problem = await RejectedAsync(content);

        problem.Errors.Should().ContainKey("file").WhoseValue.Should().ContainSingle()
            .Which.Should().StartWith("The Excel workbook could not be read");
    }

    private static ByteArrayContent Csv(byte[] content) =>
        new(content) { Headers = { ContentType = new MediaTypeHeaderValue(TabularFile.CsvContentType) } };

    private static ByteArrayContent Csv(string content) => Csv(Encoding.UTF8.GetBytes(content));

    private async Task<Problem> RejectedAsync(HttpContent content, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var before = await platform.UnitRowsAsync();
        before.Should().HaveCount(SeededUnits, "the class works on a database holding only the embedded register");

        var response = await client.PostAsync("/api/units/import", content);

        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        (await platform.UnitRowsAsync()).Should().Equal(before, "a rejected file writes nothing");
        return await Problem.ReadAsync(response);
    }
}
