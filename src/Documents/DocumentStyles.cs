using DocumentFormat.OpenXml;
using static Platform.Documents.Layout;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Documents;

/// <summary>
/// The styles part: Times New Roman 14 pt in the document's language for everything, and the few paragraph styles
/// the body uses, so a paragraph carries one style id instead of its formatting. Headings use Word's own style ids,
/// so the navigation pane and a table of contents see them.
/// </summary>
internal static class DocumentStyles
{
    public const string Body = "BodyText";
    public const string TableText = "TableText";
    public const string TableCaption = "TableCaption";
    public const int HeadingLevels = 3;

    public static string Heading(int level) => $"Heading{level}";

    public static W.Styles Create(string language) =>
        new(
            new W.DocDefaults(
                new W.RunPropertiesDefault(
                    new W.RunPropertiesBaseStyle(
                        new W.RunFonts
                        {
                            Ascii = Font,
                            HighAnsi = Font,
                            ComplexScript = Font,
                            EastAsia = Font,
                        },
                        new W.FontSize { Val = Number(BodySize) },
                        new W.FontSizeComplexScript { Val = Number(BodySize) },
                        new W.Languages { Val = language, EastAsia = language }
                    )
                ),
                new W.ParagraphPropertiesDefault(
                    new W.ParagraphPropertiesBaseStyle(
                        new W.SpacingBetweenLines
                        {
                            After = "0",
                            Line = "240",
                            LineRule = W.LineSpacingRuleValues.Auto,
                        }
                    )
                )
            ),
            new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle())
            {
                Type = W.StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            Style(
                Body,
                "Body Text",
                "Normal",
                new W.StyleParagraphProperties(
                    new W.SpacingBetweenLines
                    {
                        After = Number(SpacingAfter),
                        Line = Number(LineSpacing),
                        LineRule = W.LineSpacingRuleValues.Auto,
                    },
                    new W.Indentation { FirstLine = Number(FirstLineIndent) },
                    new W.Justification { Val = W.JustificationValues.Both }
                )
            ),
            HeadingStyle(1, italic: false),
            HeadingStyle(2, italic: false),
            HeadingStyle(3, italic: true),
            Style(
                TableText,
                "Table Text",
                "Normal",
                new W.StyleParagraphProperties(new W.SpacingBetweenLines { Before = "40", After = "40" }),
                new W.StyleRunProperties(
                    new W.FontSize { Val = Number(TableSize) },
                    new W.FontSizeComplexScript { Val = Number(TableSize) }
                )
            ),
            Style(
                TableCaption,
                "Table Caption",
                "Normal",
                new W.StyleParagraphProperties(
                    new W.KeepNext(),
                    new W.SpacingBetweenLines { After = Number(SpacingAfter) },
                    new W.Justification { Val = W.JustificationValues.Center }
                ),
                new W.StyleRunProperties(new W.Bold())
            )
        );

    private static W.Style HeadingStyle(int level, bool italic) =>
        Style(
            Heading(level),
            $"heading {level}",
            Body,
            new W.StyleParagraphProperties(new W.KeepNext(), new W.OutlineLevel { Val = level - 1 }),
            new W.StyleRunProperties(italic ? [new W.Bold(), new W.Italic()] : [new W.Bold()])
        );

    private static W.Style Style(string id, string name, string basedOn, params OpenXmlElement[] properties) =>
        new(
            new OpenXmlElement[]
            {
                new W.StyleName { Val = name },
                new W.BasedOn { Val = basedOn },
                new W.NextParagraphStyle { Val = id.StartsWith("Heading", StringComparison.Ordinal) ? Body : id },
                new W.PrimaryStyle(),
            }.Concat(properties)
        )
        {
            Type = W.StyleValues.Paragraph,
            StyleId = id,
        };
}
