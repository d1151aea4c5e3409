using MediatR;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Contracts;

/// <summary>
/// New voluntary social-insurance participants a unit gained from <paramref name="FromDate"/> to <paramref
/// name="ToDate"/> (both included, not after today), as its office counted them, with where the figure comes from.
/// Counted in a campaign quota of new participants when the period lies inside the quota's window.
/// </summary>
[RequiresPermission(Permission.WriteMonitoring)]
public sealed record ReportNewParticipantsCommand(
    string? UnitCode,
    DateOnly? FromDate,
    DateOnly? ToDate,
    long? Value,
    string? Source
) : ICommand<NewParticipantsView>
{
    public const long MaxValue = 1_000_000;

    public const int MaxSource = 500;
}

/// <summary>A report of new voluntary participants as the API answers it; <see cref="Version"/> is its ETag.</summary>
public sealed record NewParticipantsView(
    int Id,
    string UnitCode,
    DateOnly FromDate,
    DateOnly ToDate,
    long Value,
    string Source,
    int Version
);

/// <summary>
/// Campaign <paramref name="Code"/>'s progress as of <paramref name="AsOf"/> (default today) on unit <paramref
/// name="UnitCode"/> (the campaign's own unit when not given) and the units directly below it, or, with <paramref
/// name="AllUnits"/>, on every unit it landed on in the caller's scope: each quota against what the unit and the units
/// below it did inside the quota's window, with a status against the elapsed share of that window.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetCampaignProgressQuery(
    string Code,
    string? UnitCode = null,
    DateOnly? AsOf = null,
    bool AllUnits = false
) : IRequest<CampaignProgressView>;

/// <summary>A campaign's progress on units: its dates and structure date (with the note when the structure is
/// younger than the campaign) and one entry per unit.</summary>
public sealed record CampaignProgressView(
    string Code,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly StructureOn,
    string? StructureNote,
    DateOnly AsOf,
    IReadOnlyList<CampaignUnitProgress> Units
);

/// <summary>
/// What a unit and the units below it did under the campaign inside its dates (<see cref="Activities"/>, people
/// <see cref="Reached"/>, activities by form), how many tagged activities fell outside them (<see cref="NotCounted"/>),
/// and each of its quotas.
/// </summary>
public sealed record CampaignUnitProgress(
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    string ParentUnitCode,
    long Activities,
    long Reached,
    long NotCounted,
    IReadOnlyList<CampaignFormCount> Forms,
    IReadOnlyList<CampaignQuotaProgress> Quotas
);

/// <summary>Activities held in one communication form (<see cref="CommunicationVocabulary"/>).</summary>
public sealed record CampaignFormCount(string Form, long Count);

/// <summary>
/// One quota of a unit against its <see cref="Actual"/> inside the quota's window: <see cref="Expected"/> is the
/// floor times <see cref="ElapsedShare"/> of the window, and <see cref="Status"/> compares them as for the yearly
/// obligations. <see cref="NotCounted"/>: what the measure counts among the campaign's activities dated outside the
/// window (new participants are counted by period, never tagged, so none).
/// </summary>
public sealed record CampaignQuotaProgress(
    string QuotaCode,
    string Measure,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    long? Floor,
    long? Stretch,
    bool MissingData,
    string? MissingReason,
    long Actual,
    long NotCounted,
    double ElapsedShare,
    double? Expected,
    ProgressStatus Status
);
