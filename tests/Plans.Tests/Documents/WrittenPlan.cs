using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Plans.Tests.Documents;

/// <summary>A written document opened again with the SDK, and the few look-ups the tests make in it.</summary>
internal sealed class WrittenPlan(byte[] content) : IDisposable
{
    private readonly WordprocessingDocument document = WordprocessingDocument.Open(
        new MemoryStream(content),
        isEditable: false
    );

    public WordprocessingDocument Document => document;

    public W.Body Body => document.MainDocumentPart!.Document!.Body!;

    public W.Styles Styles => document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    public W.SectionProperties Section => Body.GetFirstChild<W.SectionProperties>()!;

    public IEnumerable<W.Paragraph> ParagraphsInStyle(string style) =>
        Body.Descendants<W.Paragraph>()
            .Where(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style);

    public W.Run RunWithText(string text) => Body.Descendants<W.Run>().Single(run => run.InnerText == text);

    /// <summary>The size in points a run shows in: its own, else its paragraph style's, else the document
    /// default.</summary>
    public double PointsOf(W.Run run)
    {
        var style = run.Ancestors<W.Paragraph>().First().ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var size = run.RunProperties?.FontSize?.Val?.Value
            ?? Styles
                .Elements<W.Style>()
                .SingleOrDefault(s => s.StyleId?.Value == style)
                ?.StyleRunProperties?.FontSize?.Val?.Value
            ?? Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize!.Val!.Value;
        return int.Parse(size!, System.Globalization.CultureInfo.InvariantCulture) / 2.0;
    }

    public IReadOnlyList<string> Errors() =>
        new OpenXmlValidator().Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();

    public void Dispose() => document.Dispose();
}
