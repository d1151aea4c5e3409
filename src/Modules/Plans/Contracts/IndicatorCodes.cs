namespace Platform.Plans.Contracts;

/// <summary>
/// The codes of the indicators of Plans' catalogue, as targets, obligations, quotas and actuals carry them. A module
/// that names an indicator in code names it through these; the catalogue itself (names, cascade kinds) stays in Plans.
/// </summary>
public static class IndicatorCodes
{
    public const string AwareLabourForce = "AWARE_LF";
    public const string AwareVoluntary = "AWARE_VOL";
    public const string CollaboratorsTrained = "COLLAB_TRAINED";
    public const string StaffTrained = "STAFF_TRAINED";
    public const string SteeringTrained = "STEERING_TRAINED";
    public const string CadresInformed = "CADRES_INFORMED";
    public const string UnitsWithPlan = "UNITS_WITH_PLAN";
    public const string EnterpriseConferences = "ENTERPRISE_CONF";

    /// <summary>Communes holding at least one grassroots conference (a share of the communes).</summary>
    public const string GrassrootsConferences = "GRASSROOTS_CONF";

    /// <summary>Conferences held in each commune that <see cref="GrassrootsConferences"/> covers.</summary>
    public const string GrassrootsConferenceCount = "GRASSROOTS_CONF_COUNT";
    public const string CollaboratorConferences = "COLLAB_CONF";
    public const string RadioVoluntary = "RADIO_VOL";
    public const string CollaboratorClasses = "COLLAB_CLASSES";
    public const string StaffClasses = "STAFF_CLASSES";
    public const string JournalistClasses = "JOURNALIST_CLASSES";
    public const string SurveyWorkshops = "SURVEY_WS";

    /// <summary>Every code, in the catalogue's order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        AwareLabourForce, AwareVoluntary, CollaboratorsTrained, StaffTrained, SteeringTrained, CadresInformed,
        UnitsWithPlan, EnterpriseConferences, GrassrootsConferences, GrassrootsConferenceCount, CollaboratorConferences,
        RadioVoluntary, CollaboratorClasses, StaffClasses, JournalistClasses, SurveyWorkshops,
    ];
}
