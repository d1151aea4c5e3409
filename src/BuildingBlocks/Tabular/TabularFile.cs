using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Text;
using Platform.BuildingBlocks.Texts;

namespace Platform.BuildingBlocks.Tabular;

/// <summary>One data row of an imported file. <see cref="Number"/> counts data rows from 1 (the header is row 0).</summary>
public sealed record TabularRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The cell under <paramref name="column"/>, trimmed and NFC-normalised; empty when absent.</summary>
    public string this[string column] => Cells.TryGetValue(column, out var value) ? VietnameseText.Clean(value) : string.Empty;

    public string Key => $"row {Number}";
}

public sealed record TabularData(IReadOnlyList<string> Headers, IReadOnlyList<TabularRow> Rows)
{
    public bool HasColumns(params string[] columns) => columns.All(c => Headers.Contains(c, StringComparer.Ordinal));
}

/// <summary>
/// Reads a CSV (UTF-8, optional BOM) or Excel (.xlsx, first sheet) file into rows keyed by lower-case header.
/// Anything unreadable rejects the whole file with the row that could not be read.
/// </summary>
public static class TabularFile
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsXlsx(ReadOnlySpan<byte> content) =>
        content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;

    public static TabularData Read(byte[] content)
    {
        if (content.Length == 0)
        {
            throw Rejected("file", EmptyFile);
        }

        return IsXlsx(content) ? ReadXlsx(content) : ReadCsv(content);
    }

    private static TabularData ReadCsv(byte[] content)
    {
        var text = DecodeUtf8(content);
        using var reader = new StringReader(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw Rejected("file", BuildingBlocksTexts.Get("Tabular.NoHeader"));
        }

        var headers = NormaliseHeaders(csv.HeaderRecord);
        var rows = new List<TabularRow>();
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new TabularRow(rows.Count + 1, ToCells(headers, record)));
        }

        return new TabularData(headers, rows);
    }

    private static TabularData ReadXlsx(byte[] content)
    {
        List<IDictionary<string, object?>> sheet;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            sheet = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .ToList();
        }
        catch (Exception exception) when (exception is not ImportRejectedException)
        {
            throw Rejected("file", BuildingBlocksTexts.Get("Tabular.XlsxUnreadable", exception.Message));
        }

        if (sheet.Count == 0)
        {
            throw Rejected("file", BuildingBlocksTexts.Get("Tabular.XlsxNoHeader"));
        }

        var columns = sheet[0].Keys.ToList();
        var headers = NormaliseHeaders(columns.Select(c => CellText(sheet[0][c])).ToArray());
        var rows = new List<TabularRow>();
        foreach (var line in sheet.Skip(1))
        {
            var record = columns.Select(c => line.TryGetValue(c, out var value) ? CellText(value) : string.Empty).ToArray();
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new TabularRow(rows.Count + 1, ToCells(headers, record)));
        }

        return new TabularData(headers, rows);
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string[] NormaliseHeaders(string[] headers) =>
        headers.Select(h => VietnameseText.Clean(h).ToLowerInvariant()).ToArray();

    private static Dictionary<string, string> ToCells(string[] headers, string[] record)
    {
        var cells = new Dictionary<string, string>(headers.Length, StringComparer.Ordinal);
        for (var i = 0; i < headers.Length; i++)
        {
            cells[headers[i]] = i < record.Length ? record[i] : string.Empty;
        }

        return cells;
    }

    /// <summary>Decodes strictly; on a bad byte names the data row (line minus the header) that holds it.</summary>
    private static string DecodeUtf8(byte[] content)
    {
        var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var line = 1;
            var lineStart = start;
            for (var i = start; i <= content.Length; i++)
            {
                if (i < content.Length && content[i] != (byte)'\n')
                {
                    continue;
                }

                try
                {
                    StrictUtf8.GetString(content, lineStart, i - lineStart);
                }
                catch (DecoderFallbackException)
                {
                    throw line == 1
                        ? Rejected("file", BuildingBlocksTexts.Get("Tabular.HeaderNotUtf8"))
                        : Rejected($"row {line - 1}", BuildingBlocksTexts.Get("Tabular.RowNotUtf8", line - 1, line));
                }

                line++;
                lineStart = i + 1;
            }

            throw Rejected("file", BuildingBlocksTexts.Get("Tabular.NotUtf8"));
        }
    }

    private static ImportRejectedException Rejected(string key, string message) =>
        new(BuildingBlocksTexts.Get("Tabular.Rejected", message), new Dictionary<string, string[]> { [key] = [message] });

    /// <summary>An empty file, in the request's language: what import validators answer for an empty body.</summary>
    public static string EmptyFile => BuildingBlocksTexts.Get("Tabular.Empty");

    /// <summary>Rejects a file whose header lacks columns; <paramref name="expected"/> says (in the module's words) which columns it needs.</summary>
    public static ImportRejectedException UnrecognisedColumns(string expected) =>
        new(BuildingBlocksTexts.Get("Tabular.ColumnsNotRecognised"), new Dictionary<string, string[]> { ["file"] = [expected] });
}
