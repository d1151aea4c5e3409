using MediatR;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts.Campaigns;

/// <summary>
/// What a campaign says and asks, as a planner writes it: its kind, dates, themes and messages, audiences and forms
/// (codes of <see cref="CommunicationVocabulary"/>, each with the document's own words) and its quotas. Dates inside
/// the plan's years, the end not before the start; quotas for levels the plan has (<see
/// cref="CreateCampaignCommand"/>).
/// </summary>
public sealed record CampaignInput(
    string? Title,
    CampaignKind? Kind,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<string>? Themes = null,
    IReadOnlyList<string>? Messages = null,
    IReadOnlyList<CampaignTextInput>? Audiences = null,
    IReadOnlyList<CampaignTextInput>? Forms = null,
    string? Note = null,
    IReadOnlyList<CampaignQuotaInput>? Quotas = null
);

/// <summary>A vocabulary code and, optionally, the document's words for it.</summary>
public sealed record CampaignTextInput(string? Code, string? Text = null);

/// <summary>
/// A quota of the campaign: <paramref name="RateFloor"/> (and <paramref name="RateStretch"/>) for each unit of
/// <paramref name="Level"/>, or as a percent of the unit's <paramref name="Metric"/> of <paramref name="MetricYear"/>;
/// counted inside its window (the campaign's dates when not given).
/// </summary>
public sealed record CampaignQuotaInput(
    string? Code,
    string? Measure,
    UnitLevel? Level,
    CampaignQuotaBasis? Basis,
    double? RateFloor,
    double? RateStretch = null,
    string? Metric = null,
    int? MetricYear = null,
    DateOnly? WindowStart = null,
    DateOnly? WindowEnd = null,
    string? Note = null
);

/// <summary>
/// Adds a campaign to plan <paramref name="PlanCode"/> (one of the caller's scope). Refused with the field named, and
/// nothing written, when a date lies outside the plan's years, the end precedes the start, or a quota is for a level
/// the plan does not have: Nation, a level above the plan's unit, or one no unit below it has during the plan's years
/// (districts are gone after 30/6/2025).
/// </summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record CreateCampaignCommand(string? PlanCode, string? Code, CampaignInput Campaign)
    : ICommand<CampaignView>;

/// <summary>Replaces what campaign <paramref name="Code"/> says and asks (its plan and code stay), checked as when it
/// was created; with <paramref name="IfMatch"/>, only if it is still at that version (else 412).</summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record UpdateCampaignCommand(string Code, CampaignInput Campaign, IfMatch? IfMatch = null)
    : ICommand<CampaignView>;

/// <summary>A campaign of a plan the caller may read (the plans of its units and of the units above them).</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetCampaignQuery(string Code) : IRequest<CampaignView>;

/// <summary>The campaigns of the plans the caller may read, by start date; only those of plan
/// <paramref name="PlanCode"/>, or those under way at some day of <paramref name="Year"/>, when given.</summary>
[RequiresPermission(Permission.Read)]
public sealed record ListCampaignsQuery(string? PlanCode = null, int? Year = null)
    : IRequest<IReadOnlyList<CampaignListItem>>;

/// <summary>
/// Lands campaign <paramref name="Code"/>'s quotas again on the units of its structure date, e.g. after the figures a
/// share of a figure needs were imported. A campaign's creation and every change land them already.
/// </summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record LandCampaignQuotasCommand(string Code) : ICommand<CampaignLanding>;

/// <summary>What a landing wrote: one row per unit and quota, and how many of them lack a number.</summary>
public sealed record CampaignLanding(string Code, int Rows, int MissingData);

/// <summary>
/// The campaign's quotas as landed on unit <paramref name="UnitCode"/> (the campaign's own unit when not given) and
/// the units directly below it, or, with <paramref name="AllUnits"/>, on every unit, within the caller's scope.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetCampaignQuotasQuery(string Code, string? UnitCode = null, bool AllUnits = false)
    : IRequest<IReadOnlyList<CampaignUnitQuotaView>>;

/// <summary>
/// Campaign <paramref name="Code"/>'s brief for unit <paramref name="UnitCode"/> (the campaign's own unit when not
/// given): a .docx in the layout of plan documents with its dates, themes and messages, audiences and forms, what its
/// quotas ask of the unit and, in an annex, of each unit directly below it; in the request's language.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetCampaignBriefQuery(string Code, string? UnitCode = null)
    : IRequest<PlanBook.PlanDocumentFile>;

/// <summary>
/// Every campaign with landed quotas and every unit it landed on. System-level: not held to the caller's scope, so
/// that an answer computed once serves every caller (the feed keeps its computed sets between requests, like
/// <see cref="GetReportingDeadlinesQuery"/>); each unit's province comes with it, by which the asking module holds
/// what it shows to the caller's scope.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetLandedCampaignsQuery : IRequest<IReadOnlyList<LandedCampaign>>;

/// <summary>A campaign's dates and its landed quotas, with the province of each unit they landed on (null for the
/// nation) in <see cref="ProvinceOf"/>.</summary>
public sealed record LandedCampaign(
    string Code,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly StructureOn,
    IReadOnlyList<CampaignUnitQuotaView> Quotas,
    IReadOnlyDictionary<string, string?> ProvinceOf
);

/// <summary>
/// Counts quota <paramref name="QuotaCode"/> of campaign <paramref name="Code"/> over the units of
/// <paramref name="Level"/> in province <paramref name="ProvinceCode"/> instead of the quota's own level, with the
/// reason (e.g. "1 team per district" per commune after the 2025 reform), and lands the campaign again. Only until the
/// quota's window ends (else 409), for a province in the caller's scope; with <paramref name="IfMatch"/>, only if the
/// province's re-base is still at that version (else 412).
/// </summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record RebaseCampaignQuotaCommand(
    string Code,
    string QuotaCode,
    string ProvinceCode,
    UnitLevel? Level,
    string? Reason,
    IfMatch? IfMatch = null
) : ICommand<CampaignRebaseView>;

/// <summary>Drops a province's re-base: the quota counts the units of its own level again (and says so when there are
/// none).</summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record ClearCampaignRebaseCommand(
    string Code,
    string QuotaCode,
    string ProvinceCode,
    IfMatch? IfMatch = null
) : ICommand<CampaignLanding>;

/// <summary>How quota <paramref name="QuotaCode"/> of campaign <paramref name="Code"/> came to what it asks of unit
/// <paramref name="UnitCode"/> (in the caller's scope): the structure date, the quota, the units counted or the figure,
/// the rule, the result and the province's re-base, in the request's language.</summary>
[RequiresPermission(Permission.Read)]
public sealed record ExplainCampaignQuotaQuery(string Code, string QuotaCode, string UnitCode)
    : IRequest<CampaignQuotaExplanation>;

/// <summary>A landed quota in one sentence, then step by step.</summary>
public sealed record CampaignQuotaExplanation(string Summary, IReadOnlyList<string> Steps, CampaignUnitQuotaView Quota);
