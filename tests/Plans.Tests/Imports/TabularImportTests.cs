using System.Globalization;
using System.Text;
using FluentAssertions;
using Platform.BuildingBlocks.Errors;
using Platform.Documents.Tabular;
using Xunit;

namespace Platform.Plans.Tests.Imports;

/// <summary>The import pipeline itself, without HTTP or a database: a rule that wants a whole <c>value</c>.</summary>
public sealed class TabularImportTests
{
    private const string Rejected = "Tệp bị từ chối, chưa có dữ liệu nào được nhập.";

    private sealed record Line(int Number, string Code, long Value);

    private readonly List<string> calls = [];

    public TabularImportTests() => CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");

    private TabularImport<Line> Import(ImportCounts written = default) =>
        new()
        {
            Columns = ["code", "value"],
            Refuse = headers => new InvalidOperationException($"columns: {string.Join(",", headers)}"),
            Read = (row, errors, _) =>
            {
                calls.Add($"read {row.Number}");
                if (!long.TryParse(row["value"], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    errors.Add(row, $"value: '{row["value"]}' không phải số nguyên");
                    return ValueTask.FromResult<Line?>(null);
                }

                return ValueTask.FromResult<Line?>(new Line(row.Number, row["code"], value));
            },
            Write = (lines, _) =>
            {
                calls.Add($"write {lines.Count}");
                return Task.FromResult(written);
            },
            Audit = (report, _, _) =>
            {
                calls.Add($"audit {report.Rows}/{report.Added}/{report.Updated}/{report.Unchanged}");
                return Task.CompletedTask;
            },
        };

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Given_a_bad_cell_on_the_second_row_Then_the_error_names_row_2_and_its_column()
    {
        var act = () => Import().RunAsync(Csv("code,value\nA,1\nB,x\nC,3\n"), CancellationToken.None);

        var rejection = (await act.Should().ThrowAsync<ImportRejectedException>()).Which;
        rejection.Message.Should().Be($"{Rejected} Dòng 2: value: 'x' không phải số nguyên");
        rejection.Errors.Should().ContainSingle();
        rejection.Errors["row 2"].Should().Equal("Dòng 2: value: 'x' không phải số nguyên");
    }

    [Fact]
    public async Task Given_a_file_with_errors_Then_every_row_is_read_and_nothing_is_written_or_audited()
    {
        var act = () => Import().RunAsync(Csv("code,value\nA,x\nB,2\nC,-3\n"), CancellationToken.None);

        var rejection = (await act.Should().ThrowAsync<ImportRejectedException>()).Which;
        rejection.Message.Should().Be($"{Rejected} Dòng 1: value: 'x' không phải số nguyên (và 1 lỗi khác)");
        rejection.Errors.Keys.Should().Equal("row 1", "row 3");
        calls.Should().Equal("read 1", "read 2", "read 3");
    }

    [Fact]
    public async Task Given_a_missing_column_Then_the_file_is_refused_before_any_row_is_read()
    {
        var act = () => Import().RunAsync(Csv("code,amount\nA,1\nB,2\n"), CancellationToken.None);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Be("columns: code,amount");
        calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Given_an_empty_file_Then_it_is_refused_as_empty()
    {
        var act = () => Import().RunAsync([], CancellationToken.None);

        var rejection = (await act.Should().ThrowAsync<ImportRejectedException>()).Which;
        rejection.Errors["file"].Should().Equal(TabularFile.EmptyFile);
        calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Given_a_header_and_blank_lines_only_Then_no_rows_are_reported_and_nothing_is_audited()
    {
        var report = await Import().RunAsync(Csv("code,value\n,\n\n"), CancellationToken.None);

        report.Should().Be(new ImportReport(0, 0, 0, 0));
        calls.Should().Equal("write 0");
    }

    [Fact]
    public async Task Given_three_rows_of_which_one_added_and_one_updated_Then_one_is_unchanged_and_one_audit_entry()
    {
        var report = await Import(new ImportCounts(1, 1))
            .RunAsync(Csv("code,value\nA,1\nB,2\nC,3\n"), CancellationToken.None);

        report.Should().Be(new ImportReport(3, 1, 1, 1));
        calls.Should().Equal("read 1", "read 2", "read 3", "write 3", "audit 3/1/1/1");
    }

    [Fact]
    public async Task Given_prepare_Then_it_sees_every_row_before_the_first_is_read()
    {
        var import = Import();
        import = new TabularImport<Line>
        {
            Columns = import.Columns,
            Refuse = import.Refuse,
            Prepare = (rows, _) =>
            {
                calls.Add($"prepare {string.Join(",", rows.Select(r => r.Raw("code")))}");
                return Task.CompletedTask;
            },
            Read = import.Read,
            Write = import.Write,
        };

        await import.RunAsync(Csv("code,value\n A ,1\nB,2\n"), CancellationToken.None);

        calls.Should().Equal("prepare A,B", "read 1", "read 2", "write 2");
    }

    [Fact]
    public void Given_cells_with_extra_spaces_decomposed_letters_and_a_repeated_header_Then_rows_read_them_clean()
    {
        var decomposed = "Xã Đắk Mil".Normalize(NormalizationForm.FormD);
        var file = TabularFile.Read(Csv($"Name,Code,code\n  Xã   Đắk\tMil ,01, 02 \n{decomposed},x,y\n"));

        file.Rows.Select(r => r["name"]).Should().Equal("Xã Đắk Mil", "Xã Đắk Mil");
        file.Rows[0]["code"].Should().Be("02");
        file.Rows[0]["missing"].Should().BeEmpty();
        file.Rows.Select(r => r.Number).Should().Equal(1, 2);
    }
}
