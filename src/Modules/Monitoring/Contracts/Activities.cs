using MediatR;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Monitoring.Contracts;

/// <summary>The fields of an activity as entered or imported, checked the same way on both paths (the rules are the
/// module's); <paramref name="CampaignCode"/> names the campaign it was held under, if any (counted in the campaign's
/// progress when dated inside its window).</summary>
public sealed record ActivityInput(
    string? UnitCode,
    DateOnly? Date,
    string? Kind,
    string? AudienceGroup,
    string? CommunicationForm,
    long? Count,
    long? Participants,
    string? Notes,
    string? CampaignCode = null)
{
    public const int MaxNotes = 2000;

    public const int MaxCampaignCode = 64;
}

/// <summary>An activity as the API answers it, with the indicators its count feeds; <see cref="Version"/> is its
/// ETag.</summary>
public sealed record ActivityView(
    int Id, string UnitCode, DateOnly Date, string Kind, IReadOnlyList<string> Indicators, string AudienceGroup,
    string CommunicationForm, long Count, long? Participants, string? Notes, int Version, string? CampaignCode = null);

/// <summary>A page of activities and how many there are in all.</summary>
public sealed record ActivityPage(int Total, IReadOnlyList<ActivityView> Items);

/// <summary>One activity entered by a unit.</summary>
[RequiresPermission(Permission.WriteMonitoring)]
public sealed record RecordActivityCommand(ActivityInput Activity) : ICommand<ActivityView>;

/// <summary>
/// Replaces the fields of a recorded activity (a wrong count, date or unit), checked as a new one is. Refused (409)
/// once the yearly report of its unit and year, before or after the correction, has been submitted.
/// </summary>
[RequiresPermission(Permission.WriteMonitoring)]
public sealed record CorrectActivityCommand(int Id, ActivityInput Activity, IfMatch? IfMatch = null)
    : ICommand<ActivityView>;

/// <summary>Withdraws an activity reported in error; refused (409) once its unit's yearly report for its year is
/// submitted.</summary>
[RequiresPermission(Permission.WriteMonitoring)]
public sealed record WithdrawActivityCommand(int Id, IfMatch? IfMatch = null) : ICommand<MediatR.Unit>;

/// <summary>One activity, with its version (the ETag a correction or withdrawal names in If-Match).</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetActivityQuery(int Id) : IRequest<ActivityView>;

/// <summary>Activities of a unit (or all) in a year, newest first, a page at a time; only those of units in the
/// caller's scope.</summary>
[RequiresPermission(Permission.Read)]
public sealed record ListActivitiesQuery(string? UnitCode, int? Year, string? Kind, int Top = 100, int Skip = 0)
    : IRequest<ActivityPage>;

/// <summary>The codes an activity's kind, audience group and communication form take (the sources'
/// vocabularies).</summary>
public static class ActivityVocabulary
{
    /// <summary>Every kind, those that feed an indicator first.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. Catalogue.ActivityKinds.Indicators.Keys];

    public static IReadOnlyList<string> AudienceGroups => Plans.Contracts.CommunicationVocabulary.AudienceGroups;

    public static IReadOnlyList<string> CommunicationForms =>
        Plans.Contracts.CommunicationVocabulary.CommunicationForms;

    /// <summary>The indicators an activity of <paramref name="kind"/> counts towards (none for kinds recorded
    /// only).</summary>
    public static IReadOnlyList<string> IndicatorsOf(string kind) =>
        Catalogue.ActivityKinds.Indicators.GetValueOrDefault(kind, []);
}
