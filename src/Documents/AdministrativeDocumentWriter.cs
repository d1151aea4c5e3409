using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.IO;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Platform.Documents.Layout;

namespace Platform.Documents;

/// <summary>
/// Writes an <see cref="AdministrativeDocument"/> as .docx in the layout of Decree 30/2020/NĐ-CP, Appendix I
/// (ADR 0013): A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout, body
/// 14 pt justified with a 1.27 cm first-line indent, 1.2 lines and 6 pt after each paragraph; the masthead in 13–14 pt
/// with short rules under the issuer, the motto and the summary; tables 13 pt with a repeated header row and rows
/// kept whole; recipients 12/11 pt beside the signature; page numbers centred at the top from page 2 on.
/// </summary>
public static class AdministrativeDocumentWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly RecyclableMemoryStreamManager Buffers = new();

    /// <summary>Writes the document to <paramref name="output"/> from its current position; any stream that can be
    /// written to will do (a ZipArchive entry, a response body through <see cref="WriteAsync"/>).</summary>
    public static void Write(AdministrativeDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var package = Package(document);
        package.CopyTo(output);
    }

    public static async Task WriteAsync(
        AdministrativeDocument document,
        Stream output,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var package = Package(document);
        await package.CopyToAsync(output, cancellationToken);
    }

    public static byte[] ToBytes(AdministrativeDocument document)
    {
        using var package = Package(document);
        return package.ToArray();
    }

    // System.IO.Packaging reads back and seeks while it writes the zip, which a ZipArchive entry or a response body
    // cannot do: the package is built in a pooled buffer and then copied.
    private static RecyclableMemoryStream Package(AdministrativeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = Buffers.GetStream(nameof(AdministrativeDocumentWriter));
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            Fill(package, document);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static void Fill(WordprocessingDocument package, AdministrativeDocument document)
    {
        package.PackageProperties.Title = document.Summary;
        package.PackageProperties.Subject = document.Kind;
        package.PackageProperties.Creator = document.IssuingBody.Replace('\n', ' ');
        package.PackageProperties.Language = document.Language;

        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocumentStyles.Create(document.Language);
        main.AddNewPart<DocumentSettingsPart>().Settings = new W.Settings(
            new W.Compatibility(
                new W.CompatibilitySetting
                {
                    // Word 2013 and later: without it Word opens the file in compatibility mode.
                    Name = W.CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }
            )
        );
        var pageNumber = main.AddNewPart<HeaderPart>();
        pageNumber.Header = new W.Header(
            Centred(new W.SimpleField(new W.Run(new W.Text("2"))) { Instruction = " PAGE " })
        );
        var firstPage = main.AddNewPart<HeaderPart>();
        firstPage.Header = new W.Header(new W.Paragraph());

        var body = new W.Body(
            DocumentFrame
                .Masthead(document)
                .Concat(BodyBlocks.Of(document.Body))
                .Concat(DocumentFrame.Signature(document))
                .Concat(
                    (document.Annexes ?? []).SelectMany(annex =>
                        DocumentFrame.AnnexTitle(annex).Concat(BodyBlocks.Of(annex.Body))
                    )
                )
        );
        body.Append(
            new W.SectionProperties(
                new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(pageNumber) },
                new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = main.GetIdOfPart(firstPage) },
                new W.PageSize
                {
                    Width = PageWidth,
                    Height = PageHeight,
                    Orient = W.PageOrientationValues.Portrait,
                },
                new W.PageMargin
                {
                    Top = MarginTop,
                    Bottom = MarginBottom,
                    Left = MarginLeft,
                    Right = MarginRight,
                    Header = HeaderDistance,
                    Footer = HeaderDistance,
                    Gutter = 0,
                },
                new W.TitlePage()
            )
        );
        main.Document = new W.Document(body);
    }
}
