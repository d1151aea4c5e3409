using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.OData.Edm;
using Platform.BuildingBlocks.Persistence;
using SQLitePCL;

namespace Platform.BuildingBlocks.OData;

/// <summary>How a column's value is spelled in JSON; the kinds the read models use.</summary>
public enum JsonColumnKind
{
    String,
    Integer,
    Double,
    Boolean,
    Date,
}

/// <summary>A column of a read-model view, written as a JSON property of the same name; one not nullable is read without a NULL test.</summary>
public sealed record JsonColumn(string Name, JsonColumnKind Kind, bool Nullable = true);

/// <summary>
/// Writes rows of a read-model view as JSON objects straight from SQLite's values: text as the UTF-8 bytes SQLite holds
/// (no .NET string, no transcoding), numbers as they are. Each value is spelled as the OData JSON format spells it and
/// as the platform's serializers spell the same value read through EF Core: Edm.Double with its ".0" and NaN/INF as
/// strings, Edm.Date as "yyyy-MM-dd", booleans from SQLite's 0/1, and text SQLite holds as invalid UTF-8 with U+FFFD,
/// as Microsoft.Data.Sqlite decodes it. Column names are the read model's property names (the views are written so).
/// </summary>
public sealed class SqliteJsonRows
{
    private readonly JsonColumn[] columns;
    private readonly JsonEncodedText[] names;

    public SqliteJsonRows(IEnumerable<JsonColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        this.columns = [.. columns];
        if (this.columns.Length == 0)
        {
            throw new ArgumentException("A row needs at least one column.", nameof(columns));
        }

        names = [.. this.columns.Select(c => JsonEncodedText.Encode(c.Name))];
        SelectList = string.Join(", ", this.columns.Select(c => Quote(c.Name)));
    }

    public IReadOnlyList<JsonColumn> Columns => columns;

    /// <summary>The columns, quoted and in order, for a <c>SELECT</c>.</summary>
    public string SelectList { get; }

    /// <summary>
    /// The columns of a read-model class: its public scalar properties (string, int, long, double, bool, DateOnly and
    /// their nullable forms) in declaration order, as System.Text.Json orders them; navigations are left out.
    /// </summary>
    public static SqliteJsonRows ForClass<T>() =>
        new(typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => KindOf(p.PropertyType) is { } kind ? new JsonColumn(p.Name, kind, !p.PropertyType.IsValueType || Nullable.GetUnderlyingType(p.PropertyType) is not null) : null)
            .OfType<JsonColumn>());

    /// <summary>The columns of an EDM type: its structural properties in the model's order, or null if one has a type this writer does not spell.</summary>
    public static SqliteJsonRows? ForEdm(IEdmStructuredType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var found = new List<JsonColumn>();
        foreach (var property in type.StructuralProperties())
        {
            JsonColumnKind? kind = property.Type.PrimitiveKind() switch
            {
                EdmPrimitiveTypeKind.String => JsonColumnKind.String,
                EdmPrimitiveTypeKind.Int32 or EdmPrimitiveTypeKind.Int64 => JsonColumnKind.Integer,
                EdmPrimitiveTypeKind.Double => JsonColumnKind.Double,
                EdmPrimitiveTypeKind.Boolean => JsonColumnKind.Boolean,
                EdmPrimitiveTypeKind.Date => JsonColumnKind.Date,
                _ => null,
            };
            if (kind is null)
            {
                return null;
            }

            found.Add(new JsonColumn(property.Name, kind.Value, property.Type.IsNullable));
        }

        return found.Count == 0 ? null : new SqliteJsonRows(found);
    }

    /// <summary>The JSON kind of a CLR property type, or null for one the read models do not use (navigations).</summary>
    public static JsonColumnKind? KindOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => JsonColumnKind.String,
        var t when t == typeof(int) || t == typeof(long) => JsonColumnKind.Integer,
        var t when t == typeof(double) => JsonColumnKind.Double,
        var t when t == typeof(bool) => JsonColumnKind.Boolean,
        var t when t == typeof(DateOnly) => JsonColumnKind.Date,
        _ => null,
    };

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A writer of this shape's rows for one request (it keeps what it learns of the texts; not thread-safe).</summary>
    public RowWriter Writer() => new(this);

    /// <summary>
    /// Writes rows one after another. Texts that repeat from row to row — a unit's name and province on its 35
    /// obligations, the 16 indicator names, levels, rule names — are escaped once and then copied: each text column keeps
    /// its last few distinct values with their JSON encoding, and stops keeping them when its values seldom repeat.
    /// </summary>
    public sealed class RowWriter
    {
        private readonly SqliteJsonRows shape;
        private readonly RecentTexts?[] recent;

        internal RowWriter(SqliteJsonRows shape)
        {
            this.shape = shape;
            recent = [.. shape.columns.Select(c => c.Kind == JsonColumnKind.String ? new RecentTexts() : null)];
        }

        /// <summary>
        /// The current row of <paramref name="statement"/> (whose result columns are <see cref="SelectList"/>; its
        /// native pointer from <see cref="SqliteColumns.Handle"/> is <paramref name="handle"/>) as one JSON object.
        /// </summary>
        public void WriteRow(Utf8JsonWriter writer, sqlite3_stmt statement, nint handle)
        {
            ArgumentNullException.ThrowIfNull(writer);
            var columns = shape.columns;
            var names = shape.names;
            writer.WriteStartObject();
            for (var i = 0; i < columns.Length; i++)
            {
                var name = names[i];
                var column = columns[i];
                var type = column.Nullable || column.Kind is JsonColumnKind.String or JsonColumnKind.Date ? SqliteColumns.Type(handle, i) : raw.SQLITE_INTEGER;
                if (type == raw.SQLITE_NULL)
                {
                    writer.WriteNull(name);
                }
                else if (column.Kind is JsonColumnKind.String or JsonColumnKind.Date)
                {
                    // Text is read in place; a number or blob where text belongs is converted by SQLite (which may
                    // allocate, so not through SqliteColumns), as Microsoft.Data.Sqlite converts it.
                    var text = type == raw.SQLITE_TEXT ? SqliteColumns.Text(handle, i) : raw.sqlite3_column_blob(statement, i);
                    if (recent[i] is { } texts)
                    {
                        WriteText(writer, name, text, texts);
                    }
                    else
                    {
                        WriteDate(writer, name, text);
                    }
                }
                else if (column.Kind == JsonColumnKind.Integer)
                {
                    writer.WriteNumber(name, SqliteColumns.Int64(handle, i));
                }
                else if (column.Kind == JsonColumnKind.Double)
                {
                    ODataJsonValues.WriteDouble(writer, name, SqliteColumns.Double(handle, i));
                }
                else
                {
                    writer.WriteBoolean(name, SqliteColumns.Int64(handle, i) != 0);
                }
            }

            writer.WriteEndObject();
        }

        private static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<byte> utf8, RecentTexts texts)
        {
            if (texts.TryGet(utf8, out var known))
            {
                writer.WriteString(name, known);
            }
            else if (!Utf8.IsValid(utf8))
            {
                // The writer would escape invalid bytes as "\uFFFD"; Microsoft.Data.Sqlite decodes them to U+FFFD, which
                // the library writes as it is.
                writer.WriteString(name, Encoding.UTF8.GetString(utf8));
            }
            else if (texts.Keeping && utf8.Length <= RecentTexts.LongestKept)
            {
                var encoded = JsonEncodedText.Encode(utf8, ODataJsonValues.Encoder);
                texts.Add(utf8, encoded);
                writer.WriteString(name, encoded);
            }
            else
            {
                writer.WriteString(name, utf8);
            }
        }
    }

    /// <summary>
    /// The last few distinct texts of one column with their JSON encoding, in the order they came. A lookup starts at the
    /// last one found and goes on in that order, so a text repeated on consecutive rows, or values coming round in the
    /// same cycle (a unit's 7 indicators, year after year), are found at the first comparison.
    /// </summary>
    private sealed class RecentTexts
    {
        public const int LongestKept = 512;
        private const int Size = 16;
        private const int Trial = 256;

        private readonly byte[][] texts = new byte[Size][];
        private readonly JsonEncodedText[] encoded = new JsonEncodedText[Size];
        private int count;
        private int last;
        private int oldest;
        private int lookups;
        private int hits;

        /// <summary>False once the column has shown that its texts seldom repeat (fewer than half of the first tries).</summary>
        public bool Keeping { get; private set; } = true;

        public bool TryGet(ReadOnlySpan<byte> text, out JsonEncodedText value)
        {
            value = default;
            if (!Keeping)
            {
                return false;
            }

            lookups++;
            for (int n = 0, i = last; n < count; n++, i = i + 1 == count ? 0 : i + 1)
            {
                if (texts[i].AsSpan().SequenceEqual(text))
                {
                    (value, last) = (encoded[i], i);
                    hits++;
                    return true;
                }
            }

            if (lookups == Trial && hits * 2 < lookups)
            {
                Keeping = false;
            }

            return false;
        }

        /// <summary>Keeps a text that was not found, in place of the oldest once all places are taken.</summary>
        public void Add(ReadOnlySpan<byte> text, JsonEncodedText value)
        {
            var place = count < Size ? count++ : oldest;
            oldest = count < Size ? 0 : (place + 1) % Size;
            (texts[place], encoded[place], last) = (text.ToArray(), value, place);
        }
    }

    /// <summary>A date as EF Core stores a DateOnly ("yyyy-MM-dd"); any other text SQLite can read as a date is normalised.</summary>
    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<byte> text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            writer.WriteString(name, text);
            return;
        }

        var decoded = Encoding.UTF8.GetString(text);
        if (DateTime.TryParse(decoded, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ODataJsonValues.WriteDate(writer, name, DateOnly.FromDateTime(date));
        }
        else
        {
            writer.WriteString(name, decoded);
        }
    }
}
