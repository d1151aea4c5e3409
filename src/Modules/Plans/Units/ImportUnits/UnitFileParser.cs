using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Platform.Documents.Tabular;
using Platform.Plans.Texts;

namespace Platform.Plans.Units.ImportUnits;

/// <summary>A unit as a file describes it, before it is checked against the register; on a row of the register
/// shape, <see cref="Province"/> is the province the row names, which must be in the register already.</summary>
internal sealed record UnitLine(
    TabularRow Row,
    string Code,
    string Name,
    string Type,
    string ParentCode,
    UnitLine? Province = null
);

/// <summary>The row rule of either accepted shape: a row's <see cref="UnitLine"/>, checked for what a row alone can
/// tell.</summary>
internal static partial class UnitFileParser
{
    public static readonly string[] RegisterColumns =
        ["province_code", "province_name", "province_type", "commune_code", "commune_name", "commune_type"];

    public static readonly string[] GenericColumns = ["code", "name", "type", "parent_code"];

    /// <summary>The register shape wins when a file has the columns of both.</summary>
    public static bool IsRegister(IReadOnlyList<string> headers) => Has(headers, RegisterColumns);

    public static bool IsGeneric(IReadOnlyList<string> headers) => Has(headers, GenericColumns);

    public static Exception Refusal(IReadOnlyList<string> headers, IStringLocalizer<PlansTexts> texts) =>
        TabularFile.UnrecognisedColumns(
            texts[
                "Import.Units.Columns",
                string.Join(",", RegisterColumns),
                string.Join(",", GenericColumns),
                string.Join(",", headers)
            ]
        );

    /// <summary>A row of the generic shape: one unit of any level under its parent.</summary>
    public static UnitLine Generic(TabularRow row, ImportErrors errors, IStringLocalizer<PlansTexts> texts) =>
        Line(row, row["code"], row["name"], row["type"].ToLowerInvariant(), row["parent_code"], errors, texts);

    /// <summary>A row of the register shape: its commune, under the province the row names (checked first, as the
    /// row reads).</summary>
    public static UnitLine Register(TabularRow row, ImportErrors errors, IStringLocalizer<PlansTexts> texts)
    {
        var provinceCode = Pad(row["province_code"], 2);
        var province = Line(
            row,
            provinceCode,
            row["province_name"],
            row["province_type"].ToLowerInvariant(),
            "VN",
            errors,
            texts
        );
        return Line(
            row,
            Pad(row["commune_code"], 5),
            row["commune_name"],
            row["commune_type"].ToLowerInvariant(),
            provinceCode,
            errors,
            texts
        ) with { Province = province };
    }

    private static bool Has(IReadOnlyList<string> headers, string[] columns) =>
        columns.All(c => headers.Contains(c, StringComparer.Ordinal));

    private static UnitLine Line(
        TabularRow row,
        string code,
        string name,
        string type,
        string parentCode,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts
    )
    {
        if (code.Length == 0)
        {
            errors.Add(row, texts["Import.Units.CodeEmpty"]);
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add(row, texts["Import.Units.CodeInvalid", code]);
        }

        if (name.Length == 0)
        {
            errors.Add(row, texts["Import.Units.NameEmpty", code]);
        }
        else if (name.Length > 200)
        {
            errors.Add(row, texts["Import.Units.NameTooLong", code]);
        }

        if (!UnitTypes.IsKnown(type))
        {
            errors.Add(row, texts["Import.Units.TypeUnknown", type, code, string.Join(", ", UnitTypes.Known)]);
        }

        return new UnitLine(row, code, name, type, parentCode);
    }

    /// <summary>Excel drops the leading zeros of codes typed as numbers; the register's codes are
    /// fixed-width.</summary>
    private static string Pad(string code, int width) =>
        code.Length is > 0 && code.Length < width && code.All(char.IsAsciiDigit) ? code.PadLeft(width, '0') : code;

    [GeneratedRegex("^[A-Za-z0-9]{1,16}$")]
    private static partial Regex CodePattern();
}
