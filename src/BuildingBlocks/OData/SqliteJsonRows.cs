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

    /// <summary>
    /// The current row of <paramref name="statement"/> (whose result columns are <see cref="SelectList"/>; its native
    /// pointer from <see cref="SqliteColumns.Handle"/> is <paramref name="handle"/>) as one JSON object.
    /// </summary>
    public void WriteRow(Utf8JsonWriter writer, sqlite3_stmt statement, nint handle)
    {
        ArgumentNullException.ThrowIfNull(writer);
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
                // Text is read in place; a number or blob where text belongs is converted by SQLite (which may allocate,
                // so not through SqliteColumns), as Microsoft.Data.Sqlite converts it.
                var text = type == raw.SQLITE_TEXT ? SqliteColumns.Text(handle, i) : raw.sqlite3_column_blob(statement, i);
                if (column.Kind == JsonColumnKind.String)
                {
                    WriteText(writer, name, text);
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

    private static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            writer.WriteString(name, utf8);
        }
        else
        {
            writer.WriteString(name, Encoding.UTF8.GetString(utf8));
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
