namespace Platform.Rules;

/// <summary>The levels the cascade hands figures down through.</summary>
public enum Level
{
    Nation,
    Province,
    Commune,
}

/// <summary>A statistic as found: the figure, the year it is for (maybe earlier than asked) and its source.</summary>
public readonly record struct Figure(long Value, int Year, string Source);

/// <summary>
/// A unit in force in some years, with its statistics resolved by the caller (the figure of the year, else the latest
/// earlier one): looking a figure up is not a decision, so it stays out of the rule network.
/// </summary>
public sealed class Unit
{
    public required int Id { get; init; }

    public required string Code { get; init; }

    public string Name { get; init; } = "";

    public required Level Level { get; init; }

    public int? ParentId { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public Func<string, int, Figure?> Figures { get; init; } = static (_, _) => null;

    /// <summary>Subordinate units in force in a year (communes of a province).</summary>
    public Func<int, int> Subordinates { get; init; } = static _ => 0;

    /// <summary>A plan's year belongs to the structure in force on its 1 January (ADR 0020).</summary>
    public bool ExistsIn(int year)
    {
        var first = new DateOnly(year, 1, 1);
        return ValidFrom <= first && (ValidTo is null || ValidTo >= first);
    }

    public Figure? Figure(string? metric, int year) => metric is null ? null : Figures(metric, year);
}

/// <summary>What the parent plan asks for one indicator and year: the rates handed down.</summary>
/// <param name="BasisTargeted">For an indicator based on another: whether the parent plan sets that one a target in
/// the same year. When it does not, the rules based on it need not wait for its obligations.</param>
/// <param name="PreviousYear">The latest earlier year of the plan with a target for the same indicator, if any:
/// a rotation goes on from that year's, and starts afresh without one.</param>
public sealed record Target(
    string Indicator,
    string Kind,
    int Year,
    double RateFloor,
    double? RateStretch,
    string? Metric = null,
    string? BasedOn = null,
    string? FallbackMetric = null,
    bool BasisTargeted = true,
    int? PreviousYear = null
);

/// <summary>A planner's override of one unit's obligation: it stands for the computed one wherever another rule is
/// based on it (a basis, a rotation's count of coverage).</summary>
public sealed record Override(int UnitId, string Indicator, int Year, long? Floor, long? Stretch);

/// <summary>What one unit must achieve for one target, and the rule that said so.</summary>
public sealed class Obligation
{
    public required Unit Unit { get; init; }

    public required Target Target { get; init; }

    public required string Rule { get; init; }

    public string Indicator => Target.Indicator;

    public string Kind => Target.Kind;

    public int Year => Target.Year;

    public long? Floor { get; init; }

    public long? Stretch { get; init; }

    public bool Missing { get; init; }

    public Figure? Denominator { get; init; }

    /// <summary>The metric of <see cref="Denominator"/>: the target's, its fallback's, or population for a
    /// split.</summary>
    public string? DenominatorMetric { get; init; }

    /// <summary>How the number was reached when not by the rule's plain formula (a split, a rotation).</summary>
    public string? Fallback { get; init; }
}

/// <summary>The commune obligations under one province obligation, computed once for the province. For rotation it
/// also carries how often each commune (by position in the province's code-ordered communes) has been
/// covered.</summary>
public sealed class CommuneSplit
{
    public required Obligation Parent { get; init; }

    public required IReadOnlyList<Obligation> Communes { get; init; }

    public int[]? TimesCovered { get; init; }
}
