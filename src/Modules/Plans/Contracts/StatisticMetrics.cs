namespace Platform.Plans.Contracts;

/// <summary>The unit statistics the cascade divides by, named as in the import files.</summary>
public static class StatisticMetrics
{
    public const string WorkingAgeLabourForce = "working_age_labour_force";
    public const string Population = "population";
    public const string Collaborators = "collaborators";
    public const string CommunicationStaff = "communication_staff";
    public const string MassOrganisations = "mass_organisations";
    public const string Enterprises = "enterprises";

    /// <summary>Denominator of STEERING_TRAINED (2026–2030 plans); not among the six metrics the first import named.</summary>
    public const string SteeringCommitteeMembers = "steering_committee_members";

    /// <summary>Denominator of CADRES_INFORMED.</summary>
    public const string Cadres = "cadres";

    public static readonly IReadOnlyList<string> All =
        [WorkingAgeLabourForce, Population, Collaborators, CommunicationStaff, MassOrganisations, Enterprises, SteeringCommitteeMembers, Cadres];

    public static bool IsKnown(string metric) => All.Contains(metric, StringComparer.Ordinal);
}
