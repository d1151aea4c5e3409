using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Platform.Documents.Layout;

namespace Platform.Documents;

/// <summary>
/// What the Decree fixes around the body: the masthead (issuer and number on the left, national motto and date on the
/// right, in a borderless two-column table so number and date share a line), the kind and summary, the recipients
/// beside the signature, and the title of each annex.
/// </summary>
internal static class DocumentFrame
{
    // The issuer's column is narrower: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" must fit on one line in the other.
    private const int IssuerColumn = 3685;
    private const int MottoColumn = TextWidth - IssuerColumn;
    private const int RecipientsColumn = 4111;
    private const int SignatureColumn = TextWidth - RecipientsColumn;

    // The rules: a third of the issuer's column, as long as the motto line, a third of the summary's width.
    private const int IssuerRule = 1200;
    private const int MottoRule = 3400;
    private const int SummaryRule = 2000;

    // Room for the signature and the seal between the signer's capacity and name.
    private const int SignatureSpace = 1440;

    public static IEnumerable<OpenXmlElement> Masthead(AdministrativeDocument document)
    {
        var issuer = new List<W.Paragraph>();
        if (!string.IsNullOrWhiteSpace(document.SuperiorBody))
        {
            issuer.Add(Centred(Run(document.SuperiorBody, MastheadSize)));
        }

        issuer.Add(Centred(Run(document.IssuingBody, MastheadSize, bold: true)));
        issuer.Add(ShortRule(IssuerRule, IssuerColumn));
        var table = Tables.Create([IssuerColumn, MottoColumn], bordered: false);
        table.Append(
            Tables.Row([
                Tables.Cell(IssuerColumn, issuer),
                Tables.Cell(MottoColumn,
                    Centred(Run(document.NationalMotto, MastheadSize, bold: true)),
                    Centred(Run(document.Motto, bold: true)),
                    ShortRule(MottoRule, MottoColumn)),
            ]),
            Tables.Row([
                Tables.Cell(IssuerColumn, Centred(Run(document.NumberAndSymbol, MastheadSize), spacingBefore: 120)),
                Tables.Cell(MottoColumn, Centred(Run(document.PlaceAndDate, italic: true), spacingBefore: 120)),
            ]));
        yield return table;
        yield return Centred(Run(document.Kind, bold: true), spacingBefore: 480);
        yield return Centred(Run(document.Summary, bold: true));
        yield return ShortRule(SummaryRule, TextWidth);
        yield return BodyBlocks.Styled();
    }

    public static IEnumerable<OpenXmlElement> Signature(AdministrativeDocument document)
    {
        var recipients = document.Recipients.Select(recipient => new W.Paragraph(
            Run($"- {recipient}", RecipientsSize)
        ));
        var capacity = document.Signature.Lines.Select(line => Centred(Run(line, bold: true)));
        var table = Tables.Create([RecipientsColumn, SignatureColumn], bordered: false);
        table.Append(
            Tables.Row([
                Tables.Cell(
                    RecipientsColumn,
                    new[]
                    {
                        new W.Paragraph(
                            Run(document.RecipientsHeading, RecipientsHeadingSize, bold: true, italic: true)
                        ),
                    }.Concat(recipients)
                ),
                Tables.Cell(
                    SignatureColumn,
                    capacity.Append(
                        Centred(Run(document.Signature.SignerName, bold: true), spacingBefore: SignatureSpace)
                    )
                ),
            ])
        );
        yield return table;
        yield return BodyBlocks.Styled();
    }

    public static IEnumerable<OpenXmlElement> AnnexTitle(Annex annex)
    {
        var label = Centred(Run(annex.Label, bold: true));
        label.ParagraphProperties!.PageBreakBefore = new W.PageBreakBefore();
        yield return label;
        yield return Centred(Run(annex.Title, bold: true));
        if (annex.Subtitle is not null)
        {
            yield return Centred(Run(annex.Subtitle, italic: true));
        }

        yield return ShortRule(SummaryRule, TextWidth);
        yield return BodyBlocks.Styled();
    }
}
