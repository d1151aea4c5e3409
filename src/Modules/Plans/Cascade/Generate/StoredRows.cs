using Platform.Plans.Contracts;
using Platform.Plans.PlanBook;

namespace Platform.Plans.Cascade.Generate;

/// <summary>A plan below the generation's parent as the generation reads it: without its JSON columns and title, which
/// a national regeneration would otherwise parse for 3,355 plans to use none of them.</summary>
internal sealed record StoredPlan(
    int Id,
    string Code,
    int UnitId,
    int? ParentPlanId,
    int StartYear,
    int EndYear,
    PlanStatus Status
) : IPlanHeader
{
    public IEnumerable<int> Years => Enumerable.Range(StartYear, EndYear - StartYear + 1);
}

/// <summary>
/// An obligation below the generation's parent as the generation reads it: its keys, what
/// <see cref="ObligationDiff"/> compares and names, and its override. What only the writer sets (kind, computed
/// counts, the parent's plan code and source, version, time of update) is not read.
/// </summary>
internal sealed record StoredObligation(
    int Id,
    int PlanId,
    int UnitId,
    string UnitCode,
    int Year,
    string IndicatorCode,
    double? RateFloor,
    double? RateStretch,
    long? Floor,
    long? Stretch,
    bool MissingData,
    string? MissingReason,
    double? ParentFloor,
    double? ParentStretch,
    string RuleName,
    string RuleVersion,
    string? DenominatorMetric,
    long? DenominatorValue,
    int? DenominatorYear,
    string? DenominatorSource,
    string? Fallback,
    bool Overridden,
    string? OverrideReason,
    string? OverriddenBy,
    DateTime? OverriddenAtUtc
);
