using System.Globalization;
using Platform.Monitoring.Contracts;

namespace Platform.Web.Components.Shared.Monitoring;

/// <summary>
/// What the activity form holds while the person types: kept as typed (a refused save loses nothing) and turned into
/// the module's <see cref="ActivityInput"/> only when sent.
/// </summary>
public sealed class ActivityForm
{
    public string? UnitCode { get; set; }

    /// <summary>The date as the phone's date picker gives it, <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    public string Kind { get; set; } = "grassroots_conference";

    public string AudienceGroup { get; set; } = "voluntary_participants";

    public string CommunicationForm { get; set; } = "conference";

    public long? Count { get; set; } = 1;

    public long? Participants { get; set; }

    public string? Notes { get; set; }

    /// <summary>The campaign the activity is held under, or none (empty).</summary>
    public string? CampaignCode { get; set; } = "";

    /// <summary>The year of the date as typed, for the campaigns to offer; null while the date is not a date.</summary>
    public int? Year => ParseDate(Date)?.Year;

    public ActivityInput ToInput() =>
        new(UnitCode, ParseDate(Date), Kind, AudienceGroup, CommunicationForm, Count, Participants, Notes,
            string.IsNullOrEmpty(CampaignCode) ? null : CampaignCode);

    public static ActivityForm From(ActivityView activity) => new()
    {
        UnitCode = activity.UnitCode,
        Date = Iso(activity.Date),
        Kind = activity.Kind,
        AudienceGroup = activity.AudienceGroup,
        CommunicationForm = activity.CommunicationForm,
        Count = activity.Count,
        Participants = activity.Participants,
        Notes = activity.Notes,
        CampaignCode = activity.CampaignCode ?? "",
    };

    /// <summary>Sets the kind and the form (and, for kinds aimed at one group, the audience) that go with it.</summary>
    public void ChooseKind(string kind)
    {
        Kind = kind;
        CommunicationForm = ActivityDefaults.FormOf(kind);
        if (ActivityDefaults.AudienceOf(kind) is { } audience)
        {
            AudienceGroup = audience;
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}

/// <summary>The communication form and audience an activity of a kind usually has, so that choosing the kind fills them
/// in.</summary>
internal static class ActivityDefaults
{
    public static string FormOf(string kind) => kind switch
    {
        "radio_broadcast" => "loudspeaker_radio",
        "training_class" => "training",
        "publication" => "visual_materials",
        "social_media_post" => "social_network",
        "sms_campaign" => "sms",
        "mobile_team" => "campaign_mobile_team",
        "small_group" => "small_group",
        "performance_contest" => "performance_contest",
        "livestream" => "livestream",
        "app_news" => "vssid_app",
        "hotline" => "customer_care",
        _ => "conference",
    };

    public static string? AudienceOf(string kind) => kind switch
    {
        "enterprise_conference" => "workers_employers",
        "collaborator_conference" or "training_class" => "collaborators_prestigious",
        _ => null,
    };
}
