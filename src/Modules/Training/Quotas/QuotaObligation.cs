using Platform.Auditing;
using Platform.Plans.Contracts;

namespace Platform.Training.Quotas;

/// <summary>
/// Training's own copy of a Plans obligation that sets a training quota, kept current from
/// <see cref="ObligationsChanged"/>; Training never reads Plans' tables.
/// </summary>
/// <remarks>Not audited: a copy, audited in Plans where it changed.</remarks>
[NotAudited]
internal sealed class QuotaObligation
{
    public int ObligationId { get; set; }

    public required string PlanCode { get; set; }

    public required string UnitCode { get; set; }

    public UnitLevel Level { get; set; }

    public string? ParentUnitCode { get; set; }

    public int Year { get; set; }

    public required string IndicatorCode { get; set; }

    public long? Floor { get; set; }

    public long? Stretch { get; set; }

    public bool MissingData { get; set; }
}

/// <summary>Which obligations become which training quota.</summary>
internal static class QuotaIndicators
{
    /// <summary>Indicator → (audience, whether it counts trainees or classes).</summary>
    public static (string Audience, bool Classes)? Map(string indicator) => indicator switch
    {
        IndicatorCodes.CollaboratorsTrained => (Contracts.TrainingAudiences.Collaborators, false),
        IndicatorCodes.StaffTrained => (Contracts.TrainingAudiences.CommunicationStaff, false),
        IndicatorCodes.SteeringTrained => (Contracts.TrainingAudiences.SteeringCommittee, false),
        IndicatorCodes.CollaboratorClasses => (Contracts.TrainingAudiences.Collaborators, true),
        _ => null,
    };
}
