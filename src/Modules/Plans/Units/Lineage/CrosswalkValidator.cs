using Microsoft.Extensions.Localization;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Texts;

namespace Platform.Plans.Units.Lineage;

/// <summary>A row of a conversion table: an old unit (code and level) went into a new one, in the table's
/// words.</summary>
internal sealed record CrosswalkLine(
    TabularRow Row,
    string OldCode,
    UnitLevel OldLevel,
    string NewCode,
    UnitLevel NewLevel,
    string Wording
);

/// <summary>A checked link, between unit versions (ids), ready to be written.</summary>
internal sealed record CheckedLink(int OldUnitId, int NewUnitId, LineageKind Kind, string Wording);

/// <summary>
/// Checks a conversion table against the two structures it joins, all or nothing: every row names an old unit in force
/// the day before <c>effective</c> and a new unit in force on it, in a known wording; no link closes a cycle; and
/// every new unit of the levels the table covers has a predecessor. The embedded tables go through it at first start.
/// </summary>
internal static class CrosswalkValidator
{
    public static List<CheckedLink> Validate(
        IReadOnlyList<CrosswalkLine> lines,
        IReadOnlyDictionary<(string Code, UnitLevel Level), int> oldUnits,
        IReadOnlyDictionary<(string Code, UnitLevel Level), int> newUnits,
        IEnumerable<(int OldUnitId, int NewUnitId)> existingLinks,
        DateOnly effective,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts)
    {
        var existing = existingLinks.ToList();
        var links = new List<CheckedLink>(lines.Count);
        var edges = existing.ToLookup(l => l.OldUnitId, l => l.NewUnitId).ToDictionary(g => g.Key, g => g.ToList());
        var before = effective.AddDays(-1);
        foreach (var line in lines)
        {
            var valid = true;
            if (!oldUnits.TryGetValue((line.OldCode, line.OldLevel), out var oldId))
            {
                errors.Add(line.Row, texts["Lineage.UnknownOld", line.OldCode, $"{before:yyyy-MM-dd}"]);
                valid = false;
            }

            if (!newUnits.TryGetValue((line.NewCode, line.NewLevel), out var newId))
            {
                errors.Add(line.Row, texts["Lineage.UnknownNew", line.NewCode, $"{effective:yyyy-MM-dd}"]);
                valid = false;
            }

            var kind = LineageWordings.KindOf(line.Wording);
            if (kind is null)
            {
                errors.Add(line.Row, texts["Lineage.UnknownWording", line.Wording]);
                valid = false;
            }

            if (!valid)
            {
                continue;
            }

            // A unit may not descend from itself, directly or through other links.
            if (oldId == newId || Reaches(edges, newId, oldId))
            {
                errors.Add(line.Row, texts["Lineage.Cycle", line.OldCode, line.NewCode]);
                continue;
            }

            if (!edges.TryGetValue(oldId, out var next))
            {
                edges[oldId] = next = [];
            }

            next.Add(newId);
            links.Add(new CheckedLink(oldId, newId, kind!.Value, line.Wording));
        }

        var covered = lines.Select(l => l.NewLevel).ToHashSet();
        var withPredecessor = links.Select(l => l.NewUnitId).Concat(existing.Select(l => l.NewUnitId)).ToHashSet();
        var named = lines.Select(l => (l.NewCode, l.NewLevel)).ToHashSet();
        foreach (
            var ((code, level), id) in newUnits
                .Where(u => covered.Contains(u.Key.Level))
                .OrderBy(u => u.Key.Code, StringComparer.Ordinal)
        )
        {
            if (!withPredecessor.Contains(id) && !named.Contains((code, level)))
            {
                errors.Add($"unit {code}", texts["Lineage.NoPredecessor", code]);
            }
        }

        return links;
    }

    private static bool Reaches(Dictionary<int, List<int>> edges, int from, int target)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>([from]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (id == target)
            {
                return true;
            }

            if (seen.Add(id) && edges.TryGetValue(id, out var next))
            {
                next.ForEach(stack.Push);
            }
        }

        return false;
    }
}
