using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Platform.Documents.Layout;

namespace Platform.Documents;

/// <summary>The caller's blocks as paragraphs and tables in the styles of <see cref="DocumentStyles"/>.</summary>
internal static class BodyBlocks
{
    public static IEnumerable<OpenXmlElement> Of(IEnumerable<DocumentBlock> blocks) => blocks.SelectMany(Of);

    private static IEnumerable<OpenXmlElement> Of(DocumentBlock block) => block switch
    {
        Heading heading => [Styled(HeadingStyle(heading.Level), heading.Text)],
        Paragraph paragraph => [Styled(DocumentStyles.Body, paragraph.Text)],
        Bullet bullet => [Styled(DocumentStyles.Body, $"{BulletMark(bullet.Level)} {bullet.Text}")],
        Table table => DataTable(table),
        PageBreak => [new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page }))],
        _ => throw new ArgumentException($"The writer does not know the block {block.GetType().Name}.", nameof(block)),
    };

    /// <summary>A paragraph in a style, or an empty one in Normal: Word wants one after every table.</summary>
    public static W.Paragraph Styled(
        string? style = null,
        string? text = null,
        W.JustificationValues? alignment = null,
        bool bold = false
    )
    {
        var properties = new W.ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new W.ParagraphStyleId { Val = style };
        }

        if (alignment is { } value)
        {
            properties.Justification = new W.Justification { Val = value };
        }

        var paragraph = new W.Paragraph(properties);
        if (text is not null)
        {
            paragraph.Append(Run(text, bold: bold));
        }

        return paragraph;
    }

    private static string HeadingStyle(int level) =>
        level is >= 1 and <= DocumentStyles.HeadingLevels
            ? DocumentStyles.Heading(level)
            : throw new ArgumentOutOfRangeException(
                nameof(level),
                level,
                $"Headings have levels 1 to {DocumentStyles.HeadingLevels}."
            );

    private static char BulletMark(int level) => level switch
    {
        1 => '-',
        2 => '+',
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Bullets have levels 1 ('-') and 2 ('+')."),
    };

    private static IEnumerable<OpenXmlElement> DataTable(Table table)
    {
        var columns = table.Headers.Count;
        if (table.Alignments is { } given && given.Count != columns)
        {
            throw new ArgumentException($"A table of {columns} columns needs {columns} alignments.", nameof(table));
        }

        if (table.Caption is not null)
        {
            yield return Styled(DocumentStyles.TableCaption, table.Caption);
        }

        var widths = Tables.Widths(table.RelativeWidths, columns);
        var result = Tables.Create(widths, bordered: true);
        result.Append(
            Tables.Row(
                table.Headers.Select(
                    (header, i) => Tables.Cell(widths[i], Cell(header, W.JustificationValues.Center, bold: true))
                ),
                header: table.RepeatHeader
            )
        );
        var alignments = (table.Alignments ?? []).Select(Justification).ToArray();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Count != columns)
            {
                throw new ArgumentException(
                    $"Row {r + 1} of the table has {row.Count} cells; its header has {columns}.",
                    nameof(table)
                );
            }

            result.Append(
                Tables.Row(
                    row.Select(
                        (text, i) =>
                            Tables.Cell(
                                widths[i],
                                Cell(text, alignments.Length > 0 ? alignments[i] : W.JustificationValues.Left)
                            )
                    )
                )
            );
        }

        yield return result;
        yield return Styled();
    }

    private static W.Paragraph Cell(string text, W.JustificationValues alignment, bool bold = false) =>
        Styled(DocumentStyles.TableText, text, alignment, bold);

    private static W.JustificationValues Justification(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => W.JustificationValues.Center,
        CellAlignment.Right => W.JustificationValues.Right,
        _ => W.JustificationValues.Left,
    };
}
