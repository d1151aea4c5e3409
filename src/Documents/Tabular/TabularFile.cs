using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Text;
using Platform.BuildingBlocks.Texts;

namespace Platform.Documents.Tabular;

/// <summary>The columns of one file: each header's index, shared by all its rows (a later duplicate header
/// wins).</summary>
public sealed class TabularHeader
{
    private readonly Dictionary<string, int> indexes;

    public TabularHeader(IReadOnlyList<string> names)
    {
        Names = names;
        indexes = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            indexes[names[i]] = i;
        }
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The index of <paramref name="column"/>, -1 when the file lacks it.</summary>
    public int IndexOf(string column) => indexes.TryGetValue(column, out var index) ? index : -1;
}

/// <summary>One data row of an imported file: its cells by column index, read through the file's header.
/// <see cref="Number"/> counts data rows from 1 (the header is row 0).</summary>
public sealed class TabularRow(int number, TabularHeader header, string[] record)
{
    public int Number => number;

    /// <summary>The cell under <paramref name="column"/>, trimmed and NFC-normalised; empty when absent.</summary>
    public string this[string column] => Clean(Cell(header.IndexOf(column)));

    /// <summary>The cell under <paramref name="column"/>, trimmed only: for codes and numbers, which are
    /// ASCII.</summary>
    public string Raw(string column) => Cell(header.IndexOf(column)).Trim();

    public string Key => $"row {Number}";

    private string Cell(int index) => index >= 0 && index < record.Length ? record[index] : string.Empty;

    /// <summary><see cref="VietnameseText.Clean"/>, without a copy when the cell is clean already (most are).</summary>
    private static string Clean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == value.Length - 1 || value[i - 1] == ' '))
            {
                return VietnameseText.Clean(value);
            }
        }

        return value.IsNormalized(NormalizationForm.FormC) ? value : VietnameseText.Clean(value);
    }
}

public sealed record TabularData(IReadOnlyList<string> Headers, IReadOnlyList<TabularRow> Rows)
{
    public bool HasColumns(params string[] columns) => columns.All(c => Headers.Contains(c, StringComparer.Ordinal));
}

/// <summary>
/// A file's header, read at once, and its rows, read as they are enumerated (once): an import of a hundred thousand
/// rows checks and writes each in turn instead of holding them all.
/// </summary>
public sealed record StreamedTabularData(IReadOnlyList<string> Headers, IEnumerable<TabularRow> Rows)
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

    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    public static bool IsXlsx(ReadOnlySpan<byte> content) =>
        content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;

    public static TabularData Read(byte[] content)
    {
        var file = Open(content);
        return new TabularData(file.Headers, [.. file.Rows]);
    }

    /// <summary>The header now, the rows as they are enumerated (an .xlsx is read whole first); rejections as
    /// <see cref="Read"/>.</summary>
    public static StreamedTabularData Open(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw Rejected("file", EmptyFile);
        }

        if (IsXlsx(content))
        {
            var sheet = ReadXlsx(content);
            return new StreamedTabularData(sheet.Headers, sheet.Rows);
        }

        var csv = OpenCsv(content);
        if (!Strict(() => csv.Read() && csv.ReadHeader(), content) || csv.HeaderRecord is null)
        {
            csv.Dispose();
            throw Rejected("file", DocumentsTexts.Get("Tabular.NoHeader"));
        }

        var headers = NormaliseHeaders(csv.HeaderRecord);
        return new StreamedTabularData(headers, CsvRows(csv, new TabularHeader(headers), content));
    }

    private static CsvReader OpenCsv(byte[] content)
    {
        var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
        var reader = new StreamReader(
            new MemoryStream(content, start, content.Length - start, writable: false),
            StrictUtf8,
            detectEncodingFromByteOrderMarks: false
        );
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        return new CsvReader(reader, configuration);
    }

    private static IEnumerable<TabularRow> CsvRows(CsvReader csv, TabularHeader header, byte[] content)
    {
        using (csv)
        {
            var number = 0;
            while (Strict(csv.Read, content))
            {
                var record = csv.Parser.Record ?? [];
                if (Array.TrueForAll(record, string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                yield return new TabularRow(++number, header, record);
            }
        }
    }

    /// <summary>Reads on; a byte that is not UTF-8 rejects the file, naming its row (found by decoding the file again,
    /// line by line).</summary>
    private static bool Strict(Func<bool> read, byte[] content)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException)
        {
            DecodeUtf8(content);
            throw Rejected("file", DocumentsTexts.Get("Tabular.NotUtf8"));
        }
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
            throw Rejected("file", DocumentsTexts.Get("Tabular.XlsxUnreadable", exception.Message));
        }

        if (sheet.Count == 0)
        {
            throw Rejected("file", DocumentsTexts.Get("Tabular.XlsxNoHeader"));
        }

        var columns = sheet[0].Keys.ToList();
        var headers = NormaliseHeaders(columns.Select(c => CellText(sheet[0][c])).ToArray());
        var header = new TabularHeader(headers);
        var rows = new List<TabularRow>();
        foreach (var line in sheet.Skip(1))
        {
            var record = columns
                .Select(c => line.TryGetValue(c, out var value) ? CellText(value) : string.Empty)
                .ToArray();
            if (Array.TrueForAll(record, string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new TabularRow(rows.Count + 1, header, record));
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
                        ? Rejected("file", DocumentsTexts.Get("Tabular.HeaderNotUtf8"))
                        : Rejected($"row {line - 1}", DocumentsTexts.Get("Tabular.RowNotUtf8", line - 1, line));
                }

                line++;
                lineStart = i + 1;
            }

            throw Rejected("file", DocumentsTexts.Get("Tabular.NotUtf8"));
        }
    }

    private static ImportRejectedException Rejected(string key, string message) =>
        new(
            DocumentsTexts.Get("Tabular.Rejected", message),
            new Dictionary<string, string[]> { [key] = [message] }
        );

    /// <summary>An empty file, in the request's language: what import validators answer for an empty body.</summary>
    public static string EmptyFile => DocumentsTexts.Get("Tabular.Empty");

    /// <summary>Rejects a file whose header lacks columns; <paramref name="expected"/> says (in the module's words)
    /// which columns it needs.</summary>
    public static ImportRejectedException UnrecognisedColumns(string expected) =>
        new(
            DocumentsTexts.Get("Tabular.ColumnsNotRecognised"),
            new Dictionary<string, string[]> { ["file"] = [expected] }
        );
}
