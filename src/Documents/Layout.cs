using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Documents;

/// <summary>
/// The measures of Decree 30/2020/NĐ-CP, Appendix I, in OpenXML's units: twips (1/20 pt, 1 mm ≈ 56.7) for lengths,
/// half-points for font sizes.
/// </summary>
internal static class Layout
{
    public const string Font = "Times New Roman";

    // A4 portrait; margins top 20, bottom 20, left 30, right 15 mm; the page number 10 mm from the top edge.
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 850;
    public const int HeaderDistance = 567;
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    // 14 pt for the body, the motto, the date, the titles and the signature; 13 pt, the upper end of the Decree's
    // 12–13, for the issuer, the number and the national motto; tables 13, recipients 12 (heading) and 11.
    public const int BodySize = 28;
    public const int MastheadSize = 26;
    public const int TableSize = 26;
    public const int RecipientsHeadingSize = 24;
    public const int RecipientsSize = 22;

    // First line indented 1.27 cm, 6 pt after each paragraph, 1.2 lines (the Decree allows single to 1.5).
    public const int FirstLineIndent = 720;
    public const int SpacingAfter = 120;
    public const int LineSpacing = 288;

    /// <summary>A run in the given size, or its paragraph style's; a '\n' in the text is a line break.</summary>
    public static W.Run Run(string text, int? size = null, bool bold = false, bool italic = false)
    {
        var properties = new W.RunProperties();
        if (bold)
        {
            properties.Bold = new W.Bold();
        }

        if (italic)
        {
            properties.Italic = new W.Italic();
        }

        // Sizes live in the styles; only the masthead and the signature, a few lines each, set theirs on the run.
        if (size is { } halfPoints)
        {
            properties.FontSize = new W.FontSize { Val = Number(halfPoints) };
            properties.FontSizeComplexScript = new W.FontSizeComplexScript { Val = Number(halfPoints) };
        }

        var run = new W.Run();
        if (properties.HasChildren)
        {
            run.RunProperties = properties;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new W.Break());
            }

            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A centred line of the masthead, the titles or the signature.</summary>
    public static W.Paragraph Centred(OpenXmlElement content, int spacingBefore = 0) => new(
        new W.ParagraphProperties
        {
            SpacingBetweenLines = new W.SpacingBetweenLines { Before = Number(spacingBefore) },
            Justification = new W.Justification { Val = W.JustificationValues.Center },
        },
        content);

    /// <summary>
    /// The short centred line the Decree draws under the issuing body, the motto and the summary: the bottom border of
    /// an empty 4-pt paragraph (clear of the descenders above), indented so the border is <paramref name="width"/> long
    /// in a space <paramref name="within"/>.
    /// </summary>
    public static W.Paragraph ShortRule(int width, int within)
    {
        var indent = Number((within - width) / 2);
        return new W.Paragraph(new W.ParagraphProperties(
            new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 6, Space = 0 }),
            new W.SpacingBetweenLines { Line = "80", LineRule = W.LineSpacingRuleValues.Exact },
            new W.Indentation { Left = indent, Right = indent },
            new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" })));
    }

    public static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
