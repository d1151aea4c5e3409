using NRules.Fluent.Dsl;

namespace Platform.Rules;

/// <summary>What every kind's rules share: the rounding, the missing-data obligation and the largest-remainder
/// split.</summary>
public static class Arithmetic
{
    /// <summary>Ceiling after rounding to 9 decimals, so 70 % of 100 is 70, not 71.</summary>
    public static long Ceil(double value) => (long)Math.Ceiling(Math.Round(value, 9));

    /// <summary>The provinces, collected once per session, for a province rule's first pattern.</summary>
    public static IQuery<IEnumerable<Unit>> Provinces(IQuery q) =>
        q.Match<Unit>(u => u.Level == Level.Province).Collect();

    /// <summary>
    /// The communes grouped by province, for a rule's first pattern: placed first, NRules builds the grouping once for
    /// the session, not once per province obligation (the prototype's formulation B, 100 times slower).
    /// </summary>
    public static IQuery<IEnumerable<IGrouping<int, Unit>>> CommunesByProvince(IQuery q) =>
        q.Match<Unit>(c => c.Level == Level.Commune).GroupBy(c => c.ParentId ?? 0).Collect();

    /// <summary>The overrides placed first in a rule that reads what another obligation says (an empty set when there
    /// are none).</summary>
    public static IQuery<IEnumerable<Override>> Overrides(IQuery q) => q.Match<Override>().Collect();

    /// <summary>What <paramref name="o"/> says once overridden: the override's figures, else its own (none when it is
    /// missing data).</summary>
    public static (long? Floor, long? Stretch) Effective(Obligation o, IEnumerable<Override> overrides)
    {
        foreach (var x in overrides)
        {
            if (x.UnitId == o.Unit.Id && x.Year == o.Year && x.Indicator == o.Indicator)
            {
                return (x.Floor, x.Stretch);
            }
        }

        return o.Missing ? (null, null) : (o.Floor, o.Stretch);
    }

    /// <summary>The rule name stored when no rule of the kind gives the unit a number.</summary>
    public static string NoRuleApplies(string kind) => $"{kind}/no-rule-applies";

    public static Obligation Missing(Unit unit, Target target, Figure? denominator = null) =>
        new()
        {
            Unit = unit,
            Target = target,
            Rule = NoRuleApplies(target.Kind),
            Missing = true,
            Denominator = denominator,
        };

    /// <summary>One obligation per unit in force in the target's year, in the order of the units' ids.</summary>
    public static List<Obligation> ForEachUnit(Target target, IEnumerable<Unit> units, Func<Unit, Obligation> one) =>
        [.. units.Where(u => u.ExistsIn(target.Year)).OrderBy(u => u.Id).Select(one)];

    /// <summary>
    /// Splits <paramref name="whole"/> over <paramref name="weights"/> with the largest-remainder method (Hamilton), so
    /// the parts add up to the whole; equal shares when the weights are all zero or invalid; ties go to the earlier
    /// index.
    /// </summary>
    public static long[] Apportion(long whole, IReadOnlyList<double> weights)
    {
        var parts = new long[weights.Count];
        if (weights.Count == 0 || whole <= 0)
        {
            return parts;
        }

        var total = weights.Sum();
        var equal = total <= 0 || weights.Any(w => w < 0 || double.IsNaN(w));
        var remainders = new (double Fraction, int Index)[weights.Count];
        long assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var quota = equal ? (double)whole / weights.Count : whole * (weights[i] / total);
            parts[i] = (long)Math.Floor(quota);
            assigned += parts[i];
            remainders[i] = (quota - parts[i], i);
        }

        Array.Sort(
            remainders,
            (a, b) => a.Fraction != b.Fraction ? b.Fraction.CompareTo(a.Fraction) : a.Index.CompareTo(b.Index)
        );
        for (var k = 0; assigned < whole; k = (k + 1) % remainders.Length)
        {
            parts[remainders[k].Index]++;
            assigned++;
        }

        return parts;
    }
}
