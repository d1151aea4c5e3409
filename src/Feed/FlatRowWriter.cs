using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Microsoft.OData.Edm;

namespace Platform.Feed;

/// <summary>
/// Writes one row of a flat read model as an OData JSON object (minimal metadata): the entity type's structural
/// properties in the order of the EDM model, each value as the OData JSON format spells it (Edm.Date "yyyy-MM-dd",
/// Edm.Double NaN/INF as strings, Int64 as a number). Compiled once per type into one delegate without boxing.
/// A type with a property it does not know how to write has no writer, and the OData serializer writes it instead.
/// </summary>
internal static class FlatRowWriter
{
    private static readonly ConcurrentDictionary<(Type, IEdmStructuredType), Delegate?> Writers = new();

    public static Action<Utf8JsonWriter, T>? For<T>(IEdmStructuredType type) =>
        (Action<Utf8JsonWriter, T>?)Writers.GetOrAdd((typeof(T), type), key => Compile<T>(key.Item2));

    private static Action<Utf8JsonWriter, T>? Compile<T>(IEdmStructuredType type)
    {
        var writer = Expression.Parameter(typeof(Utf8JsonWriter), "writer");
        var row = Expression.Parameter(typeof(T), "row");
        var body = new List<Expression>();
        foreach (var property in type.StructuralProperties())
        {
            var clr = typeof(T).GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance);
            var write = clr is null
                ? null
                : typeof(Values).GetMethod(
                    nameof(Values.Write),
                    [typeof(Utf8JsonWriter), typeof(JsonEncodedText), clr.PropertyType]
                );
            if (write is null || !Matches(property.Type, clr!.PropertyType))
            {
                return null;
            }

            body.Add(
                Expression.Call(
                    write,
                    writer,
                    Expression.Constant(JsonEncodedText.Encode(property.Name)),
                    Expression.Property(row, clr)
                )
            );
        }

        return body.Count == 0
            ? null
            : Expression.Lambda<Action<Utf8JsonWriter, T>>(Expression.Block(body), writer, row).Compile();
    }

    /// <summary>Only the pairs whose JSON spelling <see cref="Values"/> knows; anything else stays with the OData
    /// serializer.</summary>
    private static bool Matches(IEdmTypeReference edm, Type clr) =>
        (edm.PrimitiveKind(), Nullable.GetUnderlyingType(clr) ?? clr) switch
        {
            (EdmPrimitiveTypeKind.String, var t) => t == typeof(string),
            (EdmPrimitiveTypeKind.Int32, var t) => t == typeof(int),
            (EdmPrimitiveTypeKind.Int64, var t) => t == typeof(long),
            (EdmPrimitiveTypeKind.Double, var t) => t == typeof(double),
            (EdmPrimitiveTypeKind.Boolean, var t) => t == typeof(bool),
            (EdmPrimitiveTypeKind.Date, var t) => t == typeof(DateOnly),
            _ => false,
        };

    /// <summary>One overload per CLR type of the read models; the compiled delegate calls them.</summary>
    private static class Values
    {
        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, string? value)
        {
            if (value is null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, int value) =>
            writer.WriteNumber(name, value);

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, int? value) =>
            WriteNullable(writer, name, value, static (w, n, v) => w.WriteNumber(n, v));

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, long value) =>
            writer.WriteNumber(name, value);

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, long? value) =>
            WriteNullable(writer, name, value, static (w, n, v) => w.WriteNumber(n, v));

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, bool value) =>
            writer.WriteBoolean(name, value);

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, bool? value) =>
            WriteNullable(writer, name, value, static (w, n, v) => w.WriteBoolean(n, v));

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, double value) =>
            ODataJsonValues.WriteDouble(writer, name, value);

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, double? value) =>
            WriteNullable(writer, name, value, static (w, n, v) => Write(w, n, v));

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, DateOnly value) =>
            ODataJsonValues.WriteDate(writer, name, value);

        public static void Write(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? value) =>
            WriteNullable(writer, name, value, static (w, n, v) => Write(w, n, v));

        private static void WriteNullable<TValue>(
            Utf8JsonWriter writer,
            JsonEncodedText name,
            TValue? value,
            Action<Utf8JsonWriter, JsonEncodedText, TValue> write
        )
            where TValue : struct
        {
            if (value is { } present)
            {
                write(writer, name, present);
            }
            else
            {
                writer.WriteNull(name);
            }
        }
    }
}
