namespace Platform.Monitoring.Catalogue;

/// <summary>The kinds of activity a unit reports, each with the indicators its count feeds (none for kinds recorded only).</summary>
internal static class ActivityKinds
{
    public const string EnterpriseConference = "enterprise_conference";
    public const string GrassrootsConference = "grassroots_conference";
    public const string CollaboratorConference = "collaborator_conference";
    public const string RadioBroadcast = "radio_broadcast";
    public const string TrainingClass = "training_class";
    public const string SurveyWorkshop = "survey_workshop";

    public static readonly IReadOnlyDictionary<string, string[]> Indicators = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [EnterpriseConference] = ["ENTERPRISE_CONF"],
        [GrassrootsConference] = ["GRASSROOTS_CONF", "GRASSROOTS_CONF_COUNT"],
        [CollaboratorConference] = ["COLLAB_CONF"],
        [RadioBroadcast] = ["RADIO_VOL"],
        [TrainingClass] = ["COLLAB_CLASSES"],
        [SurveyWorkshop] = ["SURVEY_WS"],
        ["publication"] = [],
        ["social_media_post"] = [],
        ["sms_campaign"] = [],
        ["mobile_team"] = [],
        ["small_group"] = [],
        ["performance_contest"] = [],
        ["livestream"] = [],
        ["app_news"] = [],
        ["hotline"] = [],
        ["other"] = [],
    };

    public static bool IsKnown(string kind) => Indicators.ContainsKey(kind);

    public static string List => string.Join(", ", Indicators.Keys);
}
