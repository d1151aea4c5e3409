namespace Platform.Documents;

/// <summary>
/// An administrative document (a plan, a report) as the caller words it: every text comes from the caller, in its
/// language and capitals; <see cref="AdministrativeDocumentWriter"/> adds only the layout of Decree 30/2020/NĐ-CP.
/// Annexes follow the signature, each from a new page, as the Decree places them.
/// </summary>
/// <param name="SuperiorBody">The body above the issuer ("BỘ NỘI VỤ"), or none.</param>
/// <param name="IssuingBody">"ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"; a '\n' breaks the line where the caller wants.</param>
/// <param name="NumberAndSymbol">"Số:      /KH-UBND".</param>
/// <param name="PlaceAndDate">"Đồng Nai, ngày      tháng 4 năm 2026".</param>
/// <param name="Kind">"KẾ HOẠCH".</param>
/// <param name="Summary">The trích yếu under the kind.</param>
/// <param name="Recipients">The lines under the recipients heading, each with its own ';' or '.' ("Bộ Nội vụ;"); the
/// writer puts the dash.</param>
/// <param name="Language">The language Word and LibreOffice check the text in, and the package's language.</param>
public sealed record AdministrativeDocument(
    string? SuperiorBody,
    string IssuingBody,
    string NumberAndSymbol,
    string PlaceAndDate,
    string Kind,
    string Summary,
    IReadOnlyList<DocumentBlock> Body,
    IReadOnlyList<string> Recipients,
    SignatureBlock Signature,
    IReadOnlyList<Annex>? Annexes = null,
    string NationalMotto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    string Motto = "Độc lập - Tự do - Hạnh phúc",
    string RecipientsHeading = "Nơi nhận:",
    string Language = "vi-VN");

/// <summary>The signer's capacity, one line each ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), and
/// name.</summary>
/// <param name="SignerName">Blank while the document waits to be signed: the space for the signature stays.</param>
public sealed record SignatureBlock(IReadOnlyList<string> Lines, string SignerName);

/// <summary>An annex after the signature: its label ("Phụ lục I"), title, an optional italic line under it
/// ("(Kèm theo Kế hoạch số …)") and its own blocks.</summary>
public sealed record Annex(string Label, string Title, string? Subtitle, IReadOnlyList<DocumentBlock> Body);

public abstract record DocumentBlock;

/// <summary>A numbered heading as the caller numbers it: level 1 "I. MỤC ĐÍCH, YÊU CẦU" and 2 "1. Mục đích" in bold,
/// 3 "a) Về nhân lực …" in bold italic.</summary>
public sealed record Heading(int Level, string Text) : DocumentBlock;

/// <summary>Body text, justified, its first line indented.</summary>
public sealed record Paragraph(string Text) : DocumentBlock;

/// <summary>An item as Vietnamese documents write it: "- " at level 1, "+ " at level 2, not Word's list
/// numbering.</summary>
public sealed record Bullet(string Text, int Level = 1) : DocumentBlock;

/// <summary>A bordered table across the text width; its header row repeats on every page and no row splits across
/// pages.</summary>
/// <param name="RelativeWidths">Column widths in any unit (shares of the text width); equal widths when none.</param>
/// <param name="Alignments">Alignment of each column's cells ("Right" for numbers); left when none.</param>
public sealed record Table(
    string? Caption,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<int>? RelativeWidths = null,
    IReadOnlyList<CellAlignment>? Alignments = null,
    bool RepeatHeader = true) : DocumentBlock;

public enum CellAlignment
{
    Left,
    Center,
    Right,
}

public sealed record PageBreak : DocumentBlock;
