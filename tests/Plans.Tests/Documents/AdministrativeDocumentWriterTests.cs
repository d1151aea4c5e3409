using Platform.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Plans.Tests.Documents;

/// <summary>Đồng Nai's plan 2026–2030 written and opened again: the layout of Decree 30/2020, read from the
/// file.</summary>
public sealed class AdministrativeDocumentWriterTests
{
    private static readonly byte[] Plan = AdministrativeDocumentWriter.ToBytes(SamplePlan.Create());

    [Fact]
    public void Given_the_Dong_Nai_plan_When_written_Then_the_validator_finds_no_errors()
    {
        using var plan = new WrittenPlan(Plan);

        plan.Errors().Should().BeEmpty();
    }

    [Fact]
    public void Given_the_Dong_Nai_plan_When_written_Then_its_headings_stand_in_order_at_their_levels()
    {
        using var plan = new WrittenPlan(Plan);

        var headings = plan
            .Body.Descendants<W.Paragraph>()
            .Select(paragraph =>
                (Style: paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: paragraph.InnerText)
            )
            .Where(paragraph => paragraph.Style?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .ToList();

        headings.Select(heading => heading.Text).Should().Equal(SamplePlan.Headings);
        headings
            .Select(heading => heading.Style)
            .Should()
            .Equal(
                "Heading1",
                "Heading2",
                "Heading2",
                "Heading1",
                "Heading2",
                "Heading2",
                "Heading3",
                "Heading1",
                "Heading1",
                "Heading1"
            );
        plan.ParagraphsInStyle("BodyText")
            .Select(paragraph => paragraph.InnerText)
            .Should()
            .Contain([
                "- Đảm bảo 100% cán bộ, viên chức, người lao động làm công tác tuyên truyền tại BHXH tỉnh và các đơn "
                    + "vị BHXH trực thuộc được đào tạo, tập huấn, bồi dưỡng chuyên sâu.",
                "+ Tổ chức các hội nghị tuyên truyền, phổ biến, đối thoại, tư vấn trực tiếp cho người lao động.",
            ]);
    }

    [Fact]
    public void Given_the_Dong_Nai_plan_When_written_Then_the_page_is_A4_with_margins_of_20_20_30_15_mm()
    {
        using var plan = new WrittenPlan(Plan);

        var size = plan.Section.GetFirstChild<W.PageSize>()!;
        var margins = plan.Section.GetFirstChild<W.PageMargin>()!;
        (size.Width!.Value, size.Height!.Value).Should().Be((11906u, 16838u));
        (margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value)
            .Should()
            .Be((1134, 1134, 1701u, 850u));
    }

    [Fact]
    public void Given_the_Dong_Nai_plan_When_written_Then_everything_is_Times_New_Roman_14_pt_in_Vietnamese_and_the_masthead_13_pt()
    {
        using var plan = new WrittenPlan(Plan);

        var defaults = plan.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        new[] { fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.ComplexScript?.Value, fonts.EastAsia?.Value }
            .Should().Equal("Times New Roman", "Times New Roman", "Times New Roman", "Times New Roman");
        defaults.Languages!.Val!.Value.Should().Be("vi-VN");
        plan.Body.Descendants<W.RunFonts>().Should().BeEmpty("no run may choose another font");

        var issuer = plan.RunWithText("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI");
        (plan.PointsOf(issuer), issuer.RunProperties!.Bold is not null).Should().Be((13, true));
        plan.PointsOf(plan.RunWithText("Số:      /KH-UBND")).Should().Be(13);
        plan.PointsOf(plan.RunWithText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).Should().Be(13);
        plan.PointsOf(plan.RunWithText("Độc lập - Tự do - Hạnh phúc")).Should().Be(14);
        var date = plan.RunWithText("Đồng Nai, ngày      tháng 4 năm 2026");
        (plan.PointsOf(date), date.RunProperties!.Italic is not null).Should().Be((14, true));
        plan.PointsOf(plan.RunWithText("KẾ HOẠCH")).Should().Be(14);
        plan.PointsOf(plan.RunWithText("Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;")).Should().Be(14);
        plan.PointsOf(plan.RunWithText("Hội nghị tuyên truyền tối thiểu")).Should().Be(13);
        plan.PointsOf(plan.RunWithText("Nơi nhận:")).Should().Be(12);
        plan.PointsOf(plan.RunWithText("- Bộ Nội vụ;")).Should().Be(11);
        plan.PointsOf(plan.RunWithText("PHÓ CHỦ TỊCH")).Should().Be(14);

        var body = plan
            .Styles.Elements<W.Style>()
            .Single(style => style.StyleId?.Value == "BodyText")
            .StyleParagraphProperties!;
        (body.Indentation!.FirstLine!.Value, body.Justification!.Val!.Value, body.SpacingBetweenLines!.After!.Value)
            .Should().Be(("720", W.JustificationValues.Both, "120"));
    }

    [Fact]
    public void Given_the_Dong_Nai_plan_When_written_Then_the_targets_have_5_rows_and_the_annex_95_communes_under_a_repeated_header()
    {
        using var plan = new WrittenPlan(Plan);

        var tables = plan
            .Body.Elements<W.Table>()
            .Where(table => table.GetFirstChild<W.TableProperties>()!.TableBorders is not null)
            .ToList();

        tables.Select(table => table.Elements<W.TableRow>().Count()).Should().Equal(1 + 5, 1 + 95);
        tables
            .Select(table =>
                table
                    .Elements<W.TableRow>()
                    .Count(row => row.TableRowProperties!.GetFirstChild<W.TableHeader>() is not null)
            )
            .Should()
            .Equal(1, 1);
        tables
            .SelectMany(table => table.Elements<W.TableRow>())
            .Count(row => row.TableRowProperties!.GetFirstChild<W.CantSplit>() is null)
            .Should()
            .Be(0);
        var annex = tables[1].Elements<W.TableRow>().ToList();
        annex[0].InnerText.Should().Be("STTMãXã, phườngHội nghị tối thiểuHội nghị tối đa");
        annex[95].Elements<W.TableCell>().First().InnerText.Should().Be("95");
        tables[1]
            .GetFirstChild<W.TableGrid>()!
            .Elements<W.GridColumn>()
            .Sum(column => int.Parse(column.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture))
            .Should()
            .Be(11906 - 1701 - 850, "a table spans the text width");
    }

    [Fact]
    public void Given_the_Dong_Nai_plan_When_written_Then_pages_from_the_second_on_are_numbered_in_the_header()
    {
        using var plan = new WrittenPlan(Plan);
        var main = plan.Document.MainDocumentPart!;

        string FieldsIn(W.HeaderFooterValues type) =>
            string.Join(
                "|",
                main.GetPartById(
                        plan
                            .Section.Elements<W.HeaderReference>()
                            .Single(reference => reference.Type!.Value == type)
                            .Id!.Value!
                    )
                    .RootElement!.Descendants<W.SimpleField>()
                    .Select(field => field.Instruction!.Value!.Trim())
            );

        plan.Section.GetFirstChild<W.TitlePage>().Should().NotBeNull();
        FieldsIn(W.HeaderFooterValues.Default).Should().Be("PAGE");
        FieldsIn(W.HeaderFooterValues.First).Should().BeEmpty();
    }

    [Fact]
    public void Given_the_Dong_Nai_plan_When_written_Then_the_recipients_stand_beside_the_signature_and_the_package_is_titled()
    {
        using var plan = new WrittenPlan(Plan);

        var cells = plan
            .Body.Elements<W.Table>()
            .Last(table => table.GetFirstChild<W.TableProperties>()!.TableBorders is null)
            .Descendants<W.TableCell>()
            .Select(cell => cell.Elements<W.Paragraph>().Select(paragraph => paragraph.InnerText).ToList())
            .ToList();

        cells[0]
            .Should()
            .Equal(
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- Chủ tịch, các PCT. UBND tỉnh;",
                "- Các đơn vị tại Mục V;",
                "- Chánh, các PCVP. UBND tỉnh;",
                "- Lưu: VT, KGVX."
            );
        cells[1].Should().Equal("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Trường Sơn");
        var properties = plan.Document.PackageProperties;
        (properties.Title, properties.Subject, properties.Creator, properties.Language)
            .Should()
            .Be(
                (
                    "Triển khai thực hiện công tác tuyên truyền bảo hiểm xã hội trên địa bàn tỉnh Đồng Nai giai đoạn "
                        + "2026 - 2030",
                    "KẾ HOẠCH",
                    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI",
                    "vi-VN"
                )
            );
    }

    [Fact]
    public void Given_a_table_row_with_four_cells_under_five_headers_When_written_Then_the_writer_names_the_row()
    {
        var plan = SamplePlan.Create() with
        {
            Body =
            [
                new Table(
                    null,
                    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2030"],
                    [
                        ["1", "Hội nghị", "hội nghị", "134", "268"],
                        ["2", "Hội nghị", "134", "268"],
                    ]
                ),
            ],
        };

        var write = () => AdministrativeDocumentWriter.ToBytes(plan);

        write.Should().Throw<ArgumentException>().WithMessage("Row 2 of the table has 4 cells; its header has 5.*");
    }
}
