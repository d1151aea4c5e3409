using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Platform.Documents.Layout;

namespace Platform.Documents;

/// <summary>
/// Tables of fixed column widths in twips: bordered for the caller's data, borderless for the masthead and the
/// signature, which the Decree lays out in two columns side by side.
/// </summary>
internal static class Tables
{
    public static W.Table Create(IReadOnlyList<int> widths, bool bordered)
    {
        // Borderless tables have no cell margins, so a short rule centred in a cell is centred in its column.
        var margin = (short)(bordered ? 85 : 0);
        var properties = new W.TableProperties(
            new W.TableWidth { Width = Number(widths.Sum()), Type = W.TableWidthUnitValues.Dxa },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableCellMarginDefault(
                new W.TableCellLeftMargin { Width = margin, Type = W.TableWidthValues.Dxa },
                new W.TableCellRightMargin { Width = margin, Type = W.TableWidthValues.Dxa }));
        if (bordered)
        {
            properties.TableBorders = new W.TableBorders(
                Line<W.TopBorder>(), Line<W.LeftBorder>(), Line<W.BottomBorder>(), Line<W.RightBorder>(),
                Line<W.InsideHorizontalBorder>(), Line<W.InsideVerticalBorder>());
        }

        return new W.Table(
            properties,
            new W.TableGrid(widths.Select(width => new W.GridColumn { Width = Number(width) }))
        );
    }

    /// <summary>A row kept on one page; a header row repeats at the top of every page the table runs onto.</summary>
    public static W.TableRow Row(IEnumerable<W.TableCell> cells, bool header = false)
    {
        var properties = new W.TableRowProperties(new W.CantSplit());
        if (header)
        {
            properties.Append(new W.TableHeader());
        }

        return new W.TableRow(cells.Prepend<OpenXmlElement>(properties));
    }

    public static W.TableCell Cell(int width, params IEnumerable<W.Paragraph> paragraphs) => new(
        paragraphs.Prepend<OpenXmlElement>(new W.TableCellProperties(
            new W.TableCellWidth { Width = Number(width), Type = W.TableWidthUnitValues.Dxa })));

    /// <summary>The caller's shares of the text width in twips, rounded so they add up to the width exactly.</summary>
    public static int[] Widths(IReadOnlyList<int>? relative, int columns)
    {
        if (relative is not null && (relative.Count != columns || relative.Any(share => share <= 0)))
        {
            throw new ArgumentException(
                $"A table of {columns} columns needs {columns} positive relative widths.",
                nameof(relative)
            );
        }

        var shares = relative ?? Enumerable.Repeat(1, columns).ToList();
        var total = shares.Sum();
        var widths = new int[columns];
        var before = 0;
        var sum = 0;
        for (var i = 0; i < columns; i++)
        {
            sum += shares[i];
            var edge = (int)Math.Round((double)TextWidth * sum / total);
            widths[i] = edge - before;
            before = edge;
        }

        return widths;
    }

    private static T Line<T>()
        where T : W.BorderType, new() => new() { Val = W.BorderValues.Single, Size = 4, Space = 0 };
}
