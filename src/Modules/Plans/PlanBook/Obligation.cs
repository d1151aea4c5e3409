using Platform.BuildingBlocks.Persistence;

namespace Platform.Plans.PlanBook;

/// <summary>
/// What one unit must achieve for one indicator in one year, as the cascade computed it from the parent, with its
/// provenance. <see cref="Floor"/>/<see cref="Stretch"/> are the effective counts (an override replaces the computed
/// ones).
/// </summary>
internal sealed class Obligation : IVersioned
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int UnitId { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public required string IndicatorCode { get; set; }

    public required string Kind { get; set; }

    /// <summary>The kind's rate handed down (percent, share of communes, per week, per organisation, minimum
    /// classes…).</summary>
    public double? RateFloor { get; set; }

    public double? RateStretch { get; set; }

    public long? ComputedFloor { get; set; }

    public long? ComputedStretch { get; set; }

    public long? Floor { get; set; }

    public long? Stretch { get; set; }

    public bool MissingData { get; set; }

    public string? MissingReason { get; set; }

    // Provenance.
    public required string ParentPlanCode { get; set; }

    public required string ParentSource { get; set; }

    public double? ParentFloor { get; set; }

    public double? ParentStretch { get; set; }

    public required string RuleName { get; set; }

    public required string RuleVersion { get; set; }

    public string? DenominatorMetric { get; set; }

    public long? DenominatorValue { get; set; }

    public int? DenominatorYear { get; set; }

    public string? DenominatorSource { get; set; }

    public string? Fallback { get; set; }

    // Override.
    public bool Overridden { get; set; }

    public string? OverrideReason { get; set; }

    public string? OverriddenBy { get; set; }

    public DateTime? OverriddenAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>The obligation's ETag: 1 when generated, one more at every override, clear or regeneration that changes
    /// it.</summary>
    public int Version { get; set; } = 1;
}
