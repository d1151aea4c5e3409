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

    /// <summary>Denominator of STEERING_TRAINED (2026–2030 plans); not among the six metrics the first import
    /// named.</summary>
    public const string SteeringCommitteeMembers = "steering_committee_members";

    /// <summary>Denominator of CADRES_INFORMED.</summary>
    public const string Cadres = "cadres";

    /// <summary>
    /// NSO employed persons per pre-2025 province and year, shipped with the platform (registers/employed-persons.csv).
    /// The file counts thousands; the platform stores persons (thousands × 1,000, rounded), since the cascade's
    /// percentages are of persons.
    /// </summary>
    public const string EmployedPersons = "employed_persons";

    /// <summary>Appended to the file's source, so whoever reads the figure knows it was converted from
    /// thousands.</summary>
    public const string EmployedPersonsStoredAs =
        " — giá trị lưu theo người (nghìn người × 1.000) / stored in persons (thousands × 1,000)";

    /// <summary>A province's yearly target of new voluntary participants, the basis of a campaign quota "50% of the
    /// year's target by 30 June" (003). No seed gives the figures: they are imported like any statistic.</summary>
    public const string NewVoluntaryTarget = "new_voluntary_target";

    public static readonly IReadOnlyList<string> All =
    [
        WorkingAgeLabourForce,
        Population,
        Collaborators,
        CommunicationStaff,
        MassOrganisations,
        Enterprises,
        SteeringCommitteeMembers,
        Cadres,
        EmployedPersons,
        NewVoluntaryTarget,
    ];

    public static bool IsKnown(string metric) => All.Contains(metric, StringComparer.Ordinal);
}
