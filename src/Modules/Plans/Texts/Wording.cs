using System.Globalization;
using Platform.BuildingBlocks.Texts;
using Platform.Plans.Contracts;

namespace Platform.Plans.Texts;

/// <summary>
/// The texts of one level of the administrative tree, from <see cref="PlansTexts"/>: each level has its own agencies,
/// tasks and themes ("Province.Task.1.Cooperating", "Commune.Theme.3"), filled with the unit's names (
/// <see cref="Place"/>), never built by joining level names. Plans are issued in Vietnamese, so what a plan stores is
/// drafted in Vietnamese.
/// </summary>
internal static class Wording
{
    public static readonly CultureInfo Vietnamese = Languages.Vietnamese;

    /// <summary>Figures as the reader writes them: 9.880 in Vietnamese, 9,880 in English.</summary>
    public static CultureInfo NumberFormat(CultureInfo culture) => Languages.NumberFormat(culture);

    /// <summary>A whole number as the request's reader writes it (9.880 / 9,880).</summary>
    public static string Number(long value) => value.ToString("N0", NumberFormat(CultureInfo.CurrentUICulture));

    /// <summary>A day as Vietnamese documents write it, "23/05/2020" (in either language).</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A floor, or floor–stretch, as the reader writes figures ("10–15", "9.880"); "none" in their language
    /// when there is no floor.</summary>
    public static string Range(double? floor, double? stretch, CultureInfo culture)
    {
        var format = NumberFormat(culture);
        return floor is null ? Get("Text.None", culture)
            : stretch is null || stretch == floor ? floor.Value.ToString("#,0.##", format)
            : $"{floor.Value.ToString("#,0.##", format)}–{stretch.Value.ToString("#,0.##", format)}";
    }

    private static readonly ResourceTexts Texts = new(typeof(PlansTexts));

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>, filled with <paramref name="args"/>;
    /// null when the key does not exist.</summary>
    public static string? Find(string key, CultureInfo culture, params object?[] args) =>
        Texts.Find(key, culture, args);

    public static string Get(string key, CultureInfo culture, params object?[] args) => Texts.Get(key, culture, args);

    /// <summary>The text of a level: "Province.Lead" for a province.</summary>
    public static string Of(UnitLevel level, string key, Place place, CultureInfo? culture = null) =>
        Get($"{level}.{key}", culture ?? Vietnamese, place.Args);

    public static string? FindOf(UnitLevel level, string key, Place place, CultureInfo? culture = null) =>
        Find($"{level}.{key}", culture ?? Vietnamese, place.Args);

    /// <summary>A numbered list of a level: "Province.Theme.1", "Province.Theme.2", … until the first missing
    /// number.</summary>
    public static IReadOnlyList<string> ListOf(UnitLevel level, string key, Place place, CultureInfo? culture = null)
    {
        var items = new List<string>();
        for (var n = 1; FindOf(level, $"{key}.{n}", place, culture) is { } item; n++)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>"a; b; c" of a level as its items.</summary>
    public static IReadOnlyList<string> SplitOf(
        UnitLevel level,
        string key,
        Place place,
        CultureInfo? culture = null
    ) =>
        FindOf(level, key, place, culture) is { } text
            ? text.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
}
