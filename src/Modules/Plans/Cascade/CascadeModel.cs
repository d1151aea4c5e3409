using Platform.Plans.Contracts;

namespace Platform.Plans.Cascade;

/// <summary>A unit as the cascade needs it.</summary>
internal sealed record CascadeUnit(
    int Id,
    string Code,
    string Name,
    UnitLevel Level,
    int? ParentId,
    DateOnly ValidFrom,
    DateOnly? ValidTo
)
{
    /// <summary>
    /// Whether the unit answers for <paramref name="year"/>: a plan's year belongs to the structure in force on its
    /// 1 January (ADR 0020), so 2025, the year of the reform, is the old structure's and every national figure is given
    /// out once; the units of 1 July 2025 take part from 2026.
    /// </summary>
    public bool ExistsIn(int year)
    {
        var first = new DateOnly(year, 1, 1);
        return ValidFrom <= first && (ValidTo is null || ValidTo >= first);
    }
}

/// <summary>What the parent asks for one indicator and year: a rate and, below the nation, the parent's own
/// counts.</summary>
internal sealed record ParentValue(
    string IndicatorCode,
    int Year,
    double? RateFloor,
    double? RateStretch,
    long? CountFloor,
    long? CountStretch,
    string Source
);

/// <summary>A denominator as found: the figure, the year it is for (maybe earlier than asked) and its source.</summary>
internal readonly record struct Denominator(long Value, int Year, string Source);

/// <summary>The statistics the cascade divides by: the figure of the year, else the latest earlier one.</summary>
internal sealed class StatisticsLookup
{
    private static readonly Dictionary<int, List<(int Year, long Value, string Source)>> None = [];

    private readonly Dictionary<string, Dictionary<int, List<(int Year, long Value, string Source)>>> figures = new(
        StringComparer.Ordinal
    );

    public void Add(int unitId, string metric, int year, long value, string source)
    {
        if (!figures.TryGetValue(metric, out var byUnit))
        {
            figures[metric] = byUnit = [];
        }

        if (!byUnit.TryGetValue(unitId, out var list))
        {
            byUnit[unitId] = list = [];
        }

        var at = list.FindIndex(f => f.Year > year);
        list.Insert(at < 0 ? list.Count : at, (year, value, source));
    }

    public Denominator? Find(int unitId, string metric, int year) => Find(Metric(metric), unitId, year);

    /// <summary>The figures of one metric, to look up many units without hashing the metric's name each time.</summary>
    public Dictionary<int, List<(int Year, long Value, string Source)>> Metric(string metric) =>
        figures.GetValueOrDefault(metric) ?? None;

    public static Denominator? Find(
        Dictionary<int, List<(int Year, long Value, string Source)>> metric,
        int unitId,
        int year
    )
    {
        if (!metric.TryGetValue(unitId, out var list))
        {
            return null;
        }

        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i].Year <= year)
            {
                return new Denominator(list[i].Value, list[i].Year, list[i].Source);
            }
        }

        return null;
    }
}

/// <summary>An obligation as the cascade computes it, before it meets the database.</summary>
internal sealed class ObligationDraft
{
    public required CascadeUnit Unit { get; init; }

    public required int Year { get; init; }

    public required string IndicatorCode { get; init; }

    public required string Kind { get; init; }

    /// <summary>Its floor is a share of what its parent's count leaves once the units with their own figure are served
    /// (set by the split, not yet).</summary>
    public bool AwaitsSplit { get; set; }

    public double? RateFloor { get; init; }

    public double? RateStretch { get; init; }

    public long? Floor { get; set; }

    public long? Stretch { get; set; }

    public bool MissingData { get; set; }

    public string? MissingReason { get; set; }

    public required string ParentPlanCode { get; init; }

    public required string ParentSource { get; init; }

    public double? ParentFloor { get; init; }

    public double? ParentStretch { get; init; }

    public string RuleName { get; set; } = "none";

    public string RuleVersion { get; set; } = "none";

    public string? DenominatorMetric { get; set; }

    public long? DenominatorValue { get; set; }

    public int? DenominatorYear { get; set; }

    public string? DenominatorSource { get; set; }

    public string? Fallback { get; set; }
}
