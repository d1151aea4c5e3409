using System.Text;
using Platform.TestKit;

namespace Platform.Plans.Tests.Support;

/// <summary>
/// The 2025 register (registers/units-2025.csv, embedded) as text rows, for tests that import it whole or spoil one
/// row. Cells: province_code, province_name, province_type, commune_code, commune_name, commune_type.
/// </summary>
internal static class RegisterFile
{
    public const int Communes = 3321;
    public const int ProvinceCode = 0;
    public const int ProvinceName = 1;
    public const int CommuneCode = 3;
    public const int CommuneName = 4;

    private static readonly Lazy<string[]> Lines = new(() =>
        Encoding.UTF8.GetString(SharedData.UnitsCsv()).TrimEnd('\n').Split('\n')
    );

    public static string Header => Lines.Value[0];

    /// <summary>A fresh copy of the data rows. Data row N (as the importer numbers it) is at index N - 1.</summary>
    public static string[] Rows() => Lines.Value[1..];

    public static string[] Cells(int rowNumber) => Lines.Value[rowNumber].Split(',');

    public static byte[] Csv(IEnumerable<string> rows) => Encoding.UTF8.GetBytes(ToText(rows));

    public static string ToText(IEnumerable<string> rows) => string.Join('\n', rows.Prepend(Header)) + "\n";

    /// <summary>The whole register with the cells of data row <paramref name="rowNumber"/> changed.</summary>
    public static byte[] WithRow(int rowNumber, Action<string[]> change)
    {
        var rows = Rows();
        var cells = rows[rowNumber - 1].Split(',');
        change(cells);
        rows[rowNumber - 1] = string.Join(',', cells);
        return Csv(rows);
    }
}
