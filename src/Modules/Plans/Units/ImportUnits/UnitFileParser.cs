using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.Documents.Tabular;
using Platform.Plans.Texts;

namespace Platform.Plans.Units.ImportUnits;

/// <summary>A unit as a file describes it, before it is checked against the register.</summary>
internal sealed record UnitLine(TabularRow Row, string Code, string Name, string Type, string ParentCode);

/// <summary>Turns the rows of either accepted shape into <see cref="UnitLine"/>s, checking what a row alone can
/// tell.</summary>
internal static partial class UnitFileParser
{
    public static readonly string[] RegisterColumns =
        ["province_code", "province_name", "province_type", "commune_code", "commune_name", "commune_type"];

    public static readonly string[] GenericColumns = ["code", "name", "type", "parent_code"];

    /// <summary>For the register shape, the provinces the rows name: code → (name, type, first row).</summary>
    public sealed record Parsed(IReadOnlyList<UnitLine> Units, IReadOnlyList<UnitLine> ReferencedProvinces);

    public static Parsed Parse(TabularData data, ImportErrors errors, IStringLocalizer<PlansTexts> texts)
    {
        if (data.HasColumns(RegisterColumns))
        {
            return ParseRegister(data, errors, texts);
        }

        if (data.HasColumns(GenericColumns))
        {
            return new Parsed(
                data.Rows.Select(r =>
                        Line(r, r["code"], r["name"], r["type"].ToLowerInvariant(), r["parent_code"], errors, texts)
                    )
                    .ToList(),
                []
            );
        }

        throw TabularFile.UnrecognisedColumns(
            texts[
                "Import.Units.Columns",
                string.Join(",", RegisterColumns),
                string.Join(",", GenericColumns),
                string.Join(",", data.Headers)
            ]
        );
    }

    private static Parsed ParseRegister(TabularData data, ImportErrors errors, IStringLocalizer<PlansTexts> texts)
    {
        var units = new List<UnitLine>(data.Rows.Count);
        var provinces = new List<UnitLine>(data.Rows.Count);
        foreach (var row in data.Rows)
        {
            var provinceCode = Pad(row["province_code"], 2);
            provinces.Add(
                Line(
                    row,
                    provinceCode,
                    row["province_name"],
                    row["province_type"].ToLowerInvariant(),
                    "VN",
                    errors,
                    texts
                )
            );
            units.Add(
                Line(
                    row,
                    Pad(row["commune_code"], 5),
                    row["commune_name"],
                    row["commune_type"].ToLowerInvariant(),
                    provinceCode,
                    errors,
                    texts
                )
            );
        }

        return new Parsed(units, provinces);
    }

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
