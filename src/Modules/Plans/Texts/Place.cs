using System.Globalization;
using Platform.Plans.Units;

namespace Platform.Plans.Texts;

/// <summary>
/// A unit's names as level texts use them: {0} the unit in running text ("tỉnh Đồng Nai", "phường Trấn Biên"), {1} its
/// type ("tỉnh", "thành phố", "xã", "phường"), {2} its parent in running text, {3} its party committee ("Tỉnh ủy",
/// "Đảng ủy phường"), {4} its name as written ("Tỉnh Đồng Nai"), {5} the name in capitals for a document header, {6}
/// the name without its type, as a document's place of issue ("Đồng Nai").
/// </summary>
internal sealed record Place(string Name, string Type, string? ParentName)
{
    // "thành phố" before "thị xã" and "xã": the longest type a name starts with is its type.
    private static readonly string[] LongestFirst = [.. UnitTypes.Known.OrderByDescending(t => t.Length)];

    private object?[]? args;

    /// <summary>The placeholders' values, worked out once: a plan's drafting fills some forty texts with
    /// them.</summary>
    public object?[] Args =>
        args ??= [
            InText(Name),
            Type,
            ParentName is null ? null : InText(ParentName),
            PartyCommittee,
            Name,
            Name.ToUpper(Wording.Vietnamese),
            Bare,
        ];

    public string Bare => Type.Length > 0 && Name.Length > Type.Length ? Name[(Type.Length + 1)..] : Name;

    public string PartyCommittee =>
        Wording.Find($"PartyCommittee.{Type}", Wording.Vietnamese, Type)
        ?? Wording.Get("PartyCommittee.Other", Wording.Vietnamese, Type);

    /// <summary>The place for a unit whose name starts with its type, as every unit of the register does ("Xã An
    /// Phước").</summary>
    public static Place Of(string name, string? parentName = null) => new(name, TypeOf(name), parentName);

    /// <summary>"Tỉnh Đồng Nai" → "tỉnh Đồng Nai": a unit's name inside a sentence.</summary>
    public static string InText(string name) =>
        TypeOf(name) is { Length: > 0 } type && name.StartsWith(type, StringComparison.OrdinalIgnoreCase)
            ? type + name[type.Length..]
            : name;

    private static string TypeOf(string name) =>
        LongestFirst.FirstOrDefault(t => name.StartsWith(t + " ", true, CultureInfo.InvariantCulture)) ?? "";
}
