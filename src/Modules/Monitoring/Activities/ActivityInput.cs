using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Text;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Activities;

/// <summary>The fields of an activity as entered or imported, checked the same way on both paths.</summary>
internal sealed record ActivityInput(
    string? UnitCode,
    DateOnly? Date,
    string? Kind,
    string? AudienceGroup,
    string? CommunicationForm,
    long? Count,
    long? Participants,
    string? Notes)
{
    public const int MaxNotes = 2000;

    /// <summary>Every problem of the fields, keyed by field name, in the request's language; <paramref name="today"/> bounds the date (no future activities).</summary>
    public IEnumerable<(string Field, string Message)> Problems(DateOnly today, IStringLocalizer<MonitoringTexts> texts)
    {
        if (string.IsNullOrWhiteSpace(UnitCode))
        {
            yield return ("unitCode", texts["Activity.UnitCodeRequired"]);
        }

        if (Date is null)
        {
            yield return ("date", texts["Activity.DateRequired"]);
        }
        else if (Date > today)
        {
            yield return ("date", texts["Activity.DateInFuture", Iso(Date.Value), Iso(today)]);
        }
        else if (Date.Value.Year < 2000)
        {
            yield return ("date", texts["Activity.DateBefore2000", Iso(Date.Value)]);
        }

        if (string.IsNullOrWhiteSpace(Kind) || !ActivityKinds.IsKnown(Kind))
        {
            yield return ("kind", texts["Activity.KindUnknown", Kind ?? "", ActivityKinds.List]);
        }

        if (string.IsNullOrWhiteSpace(AudienceGroup) || !Vocabularies.IsAudience(AudienceGroup))
        {
            yield return ("audienceGroup", texts["Activity.AudienceUnknown", AudienceGroup ?? "", string.Join(", ", Vocabularies.AudienceGroups)]);
        }

        if (string.IsNullOrWhiteSpace(CommunicationForm) || !Vocabularies.IsForm(CommunicationForm))
        {
            yield return ("communicationForm", texts["Activity.FormUnknown", CommunicationForm ?? "", string.Join(", ", Vocabularies.CommunicationForms)]);
        }

        if (Count is < 1 or > 100_000)
        {
            yield return ("count", texts["Activity.CountRange", Count!.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        if (Participants is < 0 or > 10_000_000)
        {
            yield return ("participants", texts["Activity.ParticipantsRange", Participants!.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        if (Notes is { Length: > MaxNotes })
        {
            yield return ("notes", texts["Activity.NotesTooLong", MaxNotes]);
        }
    }

    /// <summary>A date as the API reads and writes it, whatever the language of the text around it.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public ActivityReport ToEntity(string? provinceCode, DateTime recordedAtUtc)
    {
        var activity = new ActivityReport { UnitCode = UnitCode!, Kind = Kind!, AudienceGroup = AudienceGroup!, CommunicationForm = CommunicationForm!, RecordedAtUtc = recordedAtUtc };
        CopyTo(activity, provinceCode);
        return activity;
    }

    /// <summary>Writes the fields over an activity (a correction keeps its id and when it was first recorded).</summary>
    public void CopyTo(ActivityReport activity, string? provinceCode)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.UnitCode = UnitCode!;
        activity.ProvinceCode = provinceCode;
        activity.Date = Date!.Value;
        activity.Year = Date.Value.Year;
        activity.Kind = Kind!;
        activity.AudienceGroup = AudienceGroup!;
        activity.CommunicationForm = CommunicationForm!;
        activity.Count = Count ?? 1;
        activity.Participants = Participants;
        activity.Notes = VietnameseText.Note(Notes);
    }
}

/// <summary>An activity as the API answers it, with the indicators its count feeds; <see cref="Version"/> is its ETag.</summary>
internal sealed record ActivityView(
    int Id, string UnitCode, DateOnly Date, string Kind, IReadOnlyList<string> Indicators, string AudienceGroup,
    string CommunicationForm, long Count, long? Participants, string? Notes, int Version)
{
    public static ActivityView From(ActivityReport a) =>
        new(a.Id, a.UnitCode, a.Date, a.Kind, ActivityKinds.Indicators[a.Kind], a.AudienceGroup, a.CommunicationForm, a.Count, a.Participants, a.Notes, a.Version);
}
