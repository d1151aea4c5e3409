namespace Platform.Plans.Contracts.ReadModels;

/// <summary>
/// A figure of a unit version for a year and metric, re-aggregated through the official conversion tables (view
/// <c>plans_v_statistics_on_units</c>, ADR 0019): the unit's own figure when it has one, otherwise the sum of its
/// predecessors' figures, an old unit split between several new ones shared equally among them. Each unit version
/// carries its validity, so "the 34 provinces" are the rows with <see cref="ValidTo"/> empty and "the 63 provinces
/// of 2024" the rows valid on 2024-06-01.
/// </summary>
public sealed class StatisticOnUnitRow
{
    /// <summary>The unit version's id, the year and the metric: <c>1234-2024-employed_persons</c>.</summary>
    public string Key { get; set; } = "";

    public int UnitId { get; set; }

    public string UnitCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    public string Level { get; set; } = "";

    public string? ProvinceCode { get; set; }

    public string? ProvinceName { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public int Year { get; set; }

    public string Metric { get; set; } = "";

    public long Value { get; set; }

    /// <summary><c>Direct</c>, <c>Sum</c> or <c>EqualSplit</c> (<see cref="StatisticMethod"/>).</summary>
    public string Method { get; set; } = "";

    /// <summary>True when the figure is the unit's own or an exact sum: no old unit split, no predecessor without a
    /// figure.</summary>
    public bool Exact { get; set; }

    /// <summary>How many of the unit's predecessors have no figure for that year and metric (0 for a direct
    /// figure).</summary>
    public int MissingPredecessors { get; set; }

    /// <summary>Where the figures came from: the unit's own source, or its predecessors' sources joined by " |
    /// ".</summary>
    public string Source { get; set; } = "";
}
