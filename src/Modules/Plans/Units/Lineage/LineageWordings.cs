using Platform.Plans.Contracts;

namespace Platform.Plans.Units.Lineage;

/// <summary>
/// Maps the official table's wordings onto the four kinds. Besides the three usual ones the 2025 table has a few
/// others (README of registers/): "… một phần …" (part of the area or population, "Phần còn lại sau khi tách…",
/// "Đổi tên từ một phần …") is a part; "Nhập toàn bộ diện tích" and "Sắp xếp toàn bộ … thành đặc khu …" are whole;
/// "Đổi tên" and "Đổi loại hình" are renamed. Anything else is refused rather than guessed.
/// </summary>
internal static class LineageWordings
{
    public static LineageKind? KindOf(string wording)
    {
        var text = wording.Trim().ToLowerInvariant().Replace("nhâp", "nhập", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return null;
        }

        if (
            text.Contains("một phần", StringComparison.Ordinal)
            || text.StartsWith("phần còn lại", StringComparison.Ordinal)
        )
        {
            return LineageKind.Part;
        }

        if (text.StartsWith("giữ nguyên", StringComparison.Ordinal))
        {
            return LineageKind.Unchanged;
        }

        if (
            text.StartsWith("đổi tên", StringComparison.Ordinal)
            || text.StartsWith("đổi loại hình", StringComparison.Ordinal)
        )
        {
            return LineageKind.Renamed;
        }

        return text.Contains("toàn bộ", StringComparison.Ordinal) ? LineageKind.Whole : null;
    }
}
