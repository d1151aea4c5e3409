namespace Platform.Plans.Cascade;

/// <summary>Splits a whole number over weights so the parts are whole numbers that add up exactly to the
/// whole.</summary>
internal static class LargestRemainder
{
    /// <summary>
    /// Each part gets the floor of its exact quota; the units left over go one each to the largest fractional
    /// remainders (ties to the earlier index, i.e. the lower code when callers pass units by code).
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

        Array.Sort(remainders, (a, b) =>
            a.Fraction != b.Fraction ? b.Fraction.CompareTo(a.Fraction) : a.Index.CompareTo(b.Index)
        );
        for (var k = 0; assigned < whole; k = (k + 1) % remainders.Length)
        {
            parts[remainders[k].Index]++;
            assigned++;
        }

        return parts;
    }
}
