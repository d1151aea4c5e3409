using MediatR;

namespace Platform.Plans.Contracts;

/// <summary>An obligation as other modules see it: effective floor and stretch (an override replaces the computed
/// values).</summary>
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

/// <summary>
/// Published when obligations were generated, regenerated, overridden or removed, inside the transaction of the command
/// that changed them: a subscriber that fails undoes the whole command (ADR 0022). Removed obligations carry their
/// unit's true level and parent, as the others do.
/// </summary>
public sealed record ObligationsChanged(IReadOnlyList<ObligationSnapshot> Obligations) : INotification;
