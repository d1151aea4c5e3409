using System.Globalization;
using System.Text;

namespace Platform.BuildingBlocks.Text;

/// <summary>Vietnamese text rules: store NFC, search on a folded form without diacritics (đ → d).</summary>
public static class VietnameseText
{
    /// <summary>Trims, collapses inner white space and normalises to NFC.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Free text that may span lines (notes, reasons): trimmed and NFC, its line breaks kept; null when blank.
    /// Whatever form the client typed (some keyboards and PDFs give decomposed NFD), the database holds NFC.
    /// </summary>
    public static string? Note(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Lower-case ASCII-only form for searching: "Tỉnh Đồng Nai" → "tinh dong nai".</summary>
    public static string Fold(string? value)
    {
        var clean = Clean(value);
        var decomposed = clean.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ' or 'Đ':
                    builder.Append('d');
                    break;
                case var _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark:
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
