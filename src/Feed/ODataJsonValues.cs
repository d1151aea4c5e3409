using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Feed;

/// <summary>
/// The values whose OData JSON spelling differs from <see cref="Utf8JsonWriter"/>'s own, written the way the OData
/// library writes them, so every writer of the platform answers the same bytes as the library.
/// </summary>
internal static class ODataJsonValues
{
    /// <summary>Vietnamese text as UTF-8, not \u escapes, as the library's writer is set up
    /// (ODataComposition).</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The options of every page the platform writes itself: the library's encoder, no structural checks (the
    /// shape is ours).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder, SkipValidation = true };

    /// <summary>
    /// An Edm.Double: JSON has no NaN or infinity, so OData spells them as strings; a whole number keeps its ".0".
    /// </summary>
    public static void WriteDouble(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        if (double.IsFinite(value))
        {
            Span<byte> text = stackalloc byte[34];
            value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture);
            if (text[..written].IndexOfAny(".Ee"u8) < 0)
            {
                ".0"u8.CopyTo(text[written..]);
                written += 2;
            }

            writer.WritePropertyName(name);
            writer.WriteRawValue(text[..written], skipInputValidation: true);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "INF" : "-INF");
        }
    }

    /// <summary>An Edm.Date, "yyyy-MM-dd".</summary>
    public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        value.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }
}
