namespace Platform.Plans.Contracts.Campaigns;

/// <summary>
/// A campaign as the API shows it. Its quotas land on the units in force on <see cref="StructureOn"/>: its start date,
/// or the oldest structure the platform holds when the campaign is older (then <see cref="StructureNote"/> says so, in
/// the request's language).
/// </summary>
public sealed record CampaignView(
    string Code,
    string Title,
    string PlanCode,
    string UnitCode,
    string UnitName,
    CampaignKind Kind,
    string KindName,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly StructureOn,
    string? StructureNote,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Messages,
    IReadOnlyList<CampaignTextView> Audiences,
    IReadOnlyList<CampaignTextView> Forms,
    string? Note,
    string? Source,
    IReadOnlyList<CampaignQuotaView> Quotas,
    bool ReadOnly,
    int Version
);

/// <summary>A vocabulary code (<see cref="CommunicationVocabulary"/>; the web interface names it) and the document's
/// words for it.</summary>
public sealed record CampaignTextView(string Code, string? Text);

public sealed record CampaignQuotaView(
    string Code,
    string Measure,
    string MeasureName,
    UnitLevel Level,
    CampaignQuotaBasis Basis,
    double RateFloor,
    double? RateStretch,
    string? Metric,
    int? MetricYear,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    string? Note
);

/// <summary>A campaign in a list.</summary>
public sealed record CampaignListItem(
    string Code,
    string Title,
    string PlanCode,
    string UnitCode,
    CampaignKind Kind,
    string KindName,
    DateOnly StartDate,
    DateOnly EndDate,
    int Quotas,
    bool ReadOnly
);

/// <summary>
/// What one quota asks of one unit: <see cref="Floor"/> (and <see cref="Stretch"/>) counted over
/// <see cref="UnitCount"/> units of <see cref="BasisLevel"/>, or missing data with <see cref="MissingReason"/> (in
/// Vietnamese, as stored) saying what to do; on a province whose planner chose another basis, <see
/// cref="RebaseReason"/> says why.
/// </summary>
public sealed record CampaignUnitQuotaView(
    string QuotaCode,
    string Measure,
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    string ParentUnitCode,
    UnitLevel BasisLevel,
    int? UnitCount,
    long? Floor,
    long? Stretch,
    bool MissingData,
    string? MissingReason,
    string RuleName,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    string? RebaseReason = null
);

/// <summary>A province's re-base of a quota and what the province is asked after it: <see cref="Floor"/> over
/// <see cref="UnitCount"/> units of <see cref="Level"/>.</summary>
public sealed record CampaignRebaseView(
    string CampaignCode,
    string QuotaCode,
    string ProvinceCode,
    UnitLevel Level,
    string Reason,
    string RebasedBy,
    DateTime RebasedAtUtc,
    long? Floor,
    long? Stretch,
    int? UnitCount,
    int Version
);
