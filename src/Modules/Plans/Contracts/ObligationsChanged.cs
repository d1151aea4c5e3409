using MediatR;

namespace Platform.Plans.Contracts;

/// <summary>An obligation as other modules see it: effective floor and stretch (an override replaces the computed values).</summary>
public sealed record ObligationSnapshot(
    int ObligationId,
    string PlanCode,
    string UnitCode,
    UnitLevel Level,
    string? ParentUnitCode,
    int Year,
    string IndicatorCode,
    long? Floor,
    long? Stretch,
    bool MissingData,
    bool Removed);

/// <summary>Published after obligations were generated, regenerated, overridden or removed, once the change is committed.</summary>
public sealed record ObligationsChanged(IReadOnlyList<ObligationSnapshot> Obligations) : INotification;
