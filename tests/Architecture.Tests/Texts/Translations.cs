using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Platform.Architecture.Tests.Texts;

/// <summary>
/// Whether a resource file (Vietnamese, the default) has its English translation beside it: the same keys, no empty
/// value on either side, and the same placeholders ({0}, {1}…) in both texts of each key, so no argument is lost or
/// invented.
/// </summary>
internal static partial class Translations
{
    /// <summary>What is wrong with the pair, one line each; empty when the English file translates the Vietnamese
    /// one.</summary>
    public static IReadOnlyList<string> Check(string name, string vietnameseResx, string? englishResx)
    {
        if (englishResx is null)
        {
            return [$"{name}: no English translation ({EnglishName(name)}) beside it."];
        }

        var vietnamese = Entries(vietnameseResx);
        var english = Entries(englishResx);
        var problems = new List<string>();
        problems.AddRange(
            vietnamese
                .Keys.Except(english.Keys, StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(k => $"{name}: '{k}' has no English text.")
        );
        problems.AddRange(
            english
                .Keys.Except(vietnamese.Keys, StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(k => $"{name}: '{k}' is only in English.")
        );
        problems.AddRange(
            vietnamese
                .Where(e => string.IsNullOrWhiteSpace(e.Value))
                .Select(e => $"{name}: '{e.Key}' is empty in Vietnamese.")
        );
        problems.AddRange(
            english
                .Where(e => string.IsNullOrWhiteSpace(e.Value))
                .Select(e => $"{name}: '{e.Key}' is empty in English.")
        );
        foreach (var (key, text) in vietnamese.Where(e => english.ContainsKey(e.Key)))
        {
            var (vi, en) = (Placeholders(text), Placeholders(english[key]));
            if (!vi.SetEquals(en))
            {
                problems.Add($"{name}: '{key}' uses {Show(vi)} in Vietnamese but {Show(en)} in English.");
            }
        }

        return problems;
    }

    /// <summary>"Texts/PlansTexts.resx" → "Texts/PlansTexts.en.resx".</summary>
    public static string EnglishName(string neutralPath) => neutralPath[..^".resx".Length] + ".en.resx";

    /// <summary>A culture's file ("PlansTexts.en.resx", "X.vi-VN.resx") rather than the default one
    /// ("PlansTexts.resx").</summary>
    public static bool HasCultureSuffix(string path) => CultureSuffix().IsMatch(Path.GetFileName(path));

    /// <summary>The key and value of every &lt;data&gt; of a .resx text.</summary>
    public static IReadOnlyDictionary<string, string> Entries(string resx)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Parse(resx).Root!.Elements("data"))
        {
            entries[(string)data.Attribute("name")!] = (string?)data.Element("value") ?? "";
        }

        return entries;
    }

    /// <summary>The argument numbers a composite format uses: "{0} và {1:N0}" → {0, 1}; "{{0}}" is a literal brace, not
    /// one.</summary>
    public static IReadOnlySet<int> Placeholders(string text) =>
        Placeholder()
            .Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();

    private static string Show(IReadOnlySet<int> placeholders) =>
        placeholders.Count == 0 ? "no placeholder" : string.Join(", ", placeholders.Order().Select(i => $"{{{i}}}"));

    [GeneratedRegex(@"\{(?<index>\d+)\s*(,\s*-?\d+\s*)?(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\.resx$")]
    private static partial Regex CultureSuffix();
}
