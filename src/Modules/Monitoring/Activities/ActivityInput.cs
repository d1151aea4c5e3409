using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Text;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Activities;

/// <summary>The module's rules on <see cref="ActivityInput"/>: what is wrong with its fields, and how it becomes an
/// activity.</summary>
internal static class ActivityInputRules
{
    /// <summary>Every problem of the fields, keyed by field name, in the request's language; <paramref name="today"/>
    /// bounds the date (no future activities).</summary>
    public static IEnumerable<(string Field, string Message)> Problems(
        this ActivityInput input,
        DateOnly today,
        IStringLocalizer<MonitoringTexts> texts
    )
    {
        var (unitCode, date, kind, audienceGroup, communicationForm, count, participants, notes, campaign) = input;
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            yield return ("unitCode", texts["Activity.UnitCodeRequired"]);
        }

        if (date is null)
        {
            yield return ("date", texts["Activity.DateRequired"]);
        }
        else if (date > today)
        {
            yield return ("date", texts["Activity.DateInFuture", Iso(date.Value), Iso(today)]);
        }
        else if (date.Value.Year < 2000)
        {
            yield return ("date", texts["Activity.DateBefore2000", Iso(date.Value)]);
        }

        if (string.IsNullOrWhiteSpace(kind) || !ActivityKinds.IsKnown(kind))
        {
            yield return ("kind", texts["Activity.KindUnknown", kind ?? "", ActivityKinds.List]);
        }

        if (string.IsNullOrWhiteSpace(audienceGroup) || !CommunicationVocabulary.IsAudience(audienceGroup))
        {
            yield return (
                "audienceGroup",
                texts[
                    "Activity.AudienceUnknown",
                    audienceGroup ?? "",
                    string.Join(", ", CommunicationVocabulary.AudienceGroups)
                ]
            );
        }

        if (string.IsNullOrWhiteSpace(communicationForm) || !CommunicationVocabulary.IsForm(communicationForm))
        {
            yield return (
                "communicationForm",
                texts[
                    "Activity.FormUnknown",
                    communicationForm ?? "",
                    string.Join(", ", CommunicationVocabulary.CommunicationForms)
                ]
            );
        }

        if (count is < 1 or > 100_000)
        {
            yield return ("count", texts["Activity.CountRange", count!.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        if (participants is < 0 or > 10_000_000)
        {
            yield return (
                "participants",
                texts["Activity.ParticipantsRange", participants!.Value.ToString(CultureInfo.InvariantCulture)]
            );
        }

        if (notes is { Length: > ActivityInput.MaxNotes })
        {
            yield return ("notes", texts["Activity.NotesTooLong", ActivityInput.MaxNotes]);
        }

        if (campaign is { Length: > ActivityInput.MaxCampaignCode })
        {
            yield return ("campaignCode", texts["Activity.CampaignUnknown", campaign[..ActivityInput.MaxCampaignCode]]);
        }
    }

    /// <summary>A date as the API reads and writes it, whatever the language of the text around it.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ActivityReport ToEntity(this ActivityInput input, string? provinceCode, DateTime recordedAtUtc)
    {
        var activity = new ActivityReport
        {
            UnitCode = input.UnitCode!,
            Kind = input.Kind!,
            AudienceGroup = input.AudienceGroup!,
            CommunicationForm = input.CommunicationForm!,
            RecordedAtUtc = recordedAtUtc,
        };
        input.CopyTo(activity, provinceCode);
        return activity;
    }

    /// <summary>Writes the fields over an activity (a correction keeps its id and when it was first
    /// recorded).</summary>
    public static void CopyTo(this ActivityInput input, ActivityReport activity, string? provinceCode)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.UnitCode = input.UnitCode!;
        activity.ProvinceCode = provinceCode;
        activity.Date = input.Date!.Value;
        activity.Year = input.Date.Value.Year;
        activity.Kind = input.Kind!;
        activity.AudienceGroup = input.AudienceGroup!;
        activity.CommunicationForm = input.CommunicationForm!;
        activity.Count = input.Count ?? 1;
        activity.Participants = input.Participants;
        activity.Notes = VietnameseText.Note(input.Notes);
        activity.CampaignCode = string.IsNullOrWhiteSpace(input.CampaignCode) ? null : input.CampaignCode.Trim();
    }
}

/// <summary>An activity as the API answers it.</summary>
internal static class ActivityViews
{
    public static ActivityView From(ActivityReport a) =>
        new(
            a.Id,
            a.UnitCode,
            a.Date,
            a.Kind,
            ActivityKinds.Indicators[a.Kind],
            a.AudienceGroup,
            a.CommunicationForm,
            a.Count,
            a.Participants,
            a.Notes,
            a.Version,
            a.CampaignCode
        );
}
