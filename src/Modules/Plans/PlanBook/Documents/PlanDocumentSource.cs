using Platform.Plans.Contracts;

namespace Platform.Plans.PlanBook.Documents;

/// <summary>
/// What a plan document is made of: the plan, its unit and parent, the parent plan it implements, the unit's own
/// obligations and, for a plan with subordinate units, theirs (each with its unit's name) for the annex.
/// </summary>
internal sealed record PlanDocumentSource(
    Plan Plan,
    string UnitName,
    UnitLevel Level,
    string? ParentUnitName,
    UnitLevel? ParentLevel,
    Plan? ParentPlan,
    string? ParentPlanUnitName,
    IReadOnlyList<Obligation> Own,
    IReadOnlyList<(string UnitCode, string UnitName, IReadOnlyList<Obligation> Obligations)> Subordinates,
    int? Year);
