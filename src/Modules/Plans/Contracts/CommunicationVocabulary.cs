namespace Platform.Plans.Contracts;

/// <summary>Audience groups and communication forms of the source documents (DOMAIN.md, "Vocabularies"), as codes: the
/// activities Monitoring records and the campaigns Plans holds speak them.</summary>
public static class CommunicationVocabulary
{
    public static readonly IReadOnlyList<string> AudienceGroups =
    [
        "cadres_party_members", "workers_employers", "newly_compulsory", "voluntary_participants", "students",
        "collaborators_prestigious", "deputies_authorities", "general_public",
    ];

    public static readonly IReadOnlyList<string> CommunicationForms =
    [
        "conference", "small_group", "mass_media", "loudspeaker_radio", "visual_materials", "social_network", "sms",
        "customer_care", "campaign_mobile_team", "performance_contest", "livestream", "vssid_app", "training",
    ];

    public static bool IsAudience(string code) => AudienceGroups.Contains(code, StringComparer.Ordinal);

    public static bool IsForm(string code) => CommunicationForms.Contains(code, StringComparer.Ordinal);
}
