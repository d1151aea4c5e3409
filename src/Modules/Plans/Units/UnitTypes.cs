using Platform.Plans.Contracts;

namespace Platform.Plans.Units;

/// <summary>The unit types of Vietnamese law, old structure included, and the level each can stand at.</summary>
internal static class UnitTypes
{
    public const string NationType = "quốc gia";

    private static readonly Dictionary<string, UnitLevel[]> Levels = new(StringComparer.Ordinal)
    {
        ["tỉnh"] = [UnitLevel.Province],
        ["thành phố"] = [UnitLevel.Province, UnitLevel.District],
        ["huyện"] = [UnitLevel.District],
        ["quận"] = [UnitLevel.District],
        ["thị xã"] = [UnitLevel.District],
        ["xã"] = [UnitLevel.Commune],
        ["phường"] = [UnitLevel.Commune],
        ["thị trấn"] = [UnitLevel.Commune],
        ["đặc khu"] = [UnitLevel.Commune],
    };

    public static IEnumerable<string> Known => Levels.Keys;

    public static bool IsKnown(string type) => Levels.ContainsKey(type);

    /// <summary>The level of a unit of <paramref name="type"/> under a parent of <paramref name="parentLevel"/>, or
    /// null if it cannot stand there.</summary>
    public static UnitLevel? LevelUnder(string type, UnitLevel parentLevel)
    {
        if (!Levels.TryGetValue(type, out var levels))
        {
            return null;
        }

        // Since 1 July 2025 communes sit directly under provinces; before, under districts.
        foreach (var level in levels)
        {
            var fits = level switch
            {
                UnitLevel.Province => parentLevel == UnitLevel.Nation,
                UnitLevel.District => parentLevel == UnitLevel.Province,
                UnitLevel.Commune => parentLevel is UnitLevel.Province or UnitLevel.District,
                _ => false,
            };
            if (fits)
            {
                return level;
            }
        }

        return null;
    }
}
