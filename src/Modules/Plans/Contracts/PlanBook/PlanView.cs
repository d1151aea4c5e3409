using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>
/// A plan as the API shows it: its texts, its targets per indicator and year (the national targets for a national plan,
/// the unit's own obligations for a subordinate plan, those of its year for a yearly plan), a summary of the
/// obligations of the units directly below it, its yearly plans, and whether the caller may change it (one above the
/// caller's is read only).
/// </summary>
public sealed record PlanView(
    string Code,
    string Title,
    string UnitCode,
    string UnitName,
    int StartYear,
    int EndYear,
    string? ParentCode,
    PlanStatus Status,
    string StatusName,
    IReadOnlyList<string> AudienceGroups,
    IReadOnlyList<string> Themes,
    IReadOnlyList<PlanTaskView> Tasks,
    IReadOnlyList<DeadlineView> ReportingDeadlines,
    IReadOnlyList<StatusChangeView> History,
    IReadOnlyList<TargetView> Targets,
    ObligationSummary Obligations,
    IReadOnlyList<string> SubordinatePlans,
    IReadOnlyList<string> YearPlans,
    bool ReadOnly,
    int Version
);

public sealed record PlanTaskView(
    string Audience,
    string Content,
    IReadOnlyList<string> Forms,
    string Responsible,
    IReadOnlyList<string> Cooperating
);

public sealed record DeadlineView(string Title, string Recipient, string Due);

public sealed record StatusChangeView(PlanStatus From, PlanStatus To, string By, DateTime AtUtc, string? Note);

/// <summary>
/// What the plan's unit must reach for one indicator in one year: <see cref="Rate"/>/<see cref="RateStretch"/> as
/// handed down (percent, share of communes, per week…) in <see cref="UnitOfMeasure"/>, and for a subordinate plan the
/// counts.
/// </summary>
public sealed record TargetView(
    string IndicatorCode,
    string IndicatorName,
    int Year,
    string UnitOfMeasure,
    double? Rate,
    double? RateStretch,
    long? Floor,
    long? Stretch,
    string? CountUnit,
    bool MissingData,
    bool Overridden,
    int? ObligationId,
    string? Note
);

/// <summary>The obligations of the plan's own unit and of the units directly below it (those in the caller's
/// scope).</summary>
public sealed record ObligationSummary(
    int Own,
    int OwnMissingData,
    int Subordinate,
    int SubordinateMissingData,
    int Overridden,
    int SubordinateUnits,
    IReadOnlyList<SubordinateTotal> ByIndicator
);

/// <summary>One indicator and year over the units directly below the plan: how many units, the sum of their floors and
/// stretches.</summary>
public sealed record SubordinateTotal(
    string IndicatorCode,
    string IndicatorName,
    int Year,
    int Units,
    long Floor,
    long Stretch,
    int MissingData
);

[RequiresPermission(Permission.Read)]
public sealed record GetPlanQuery(string Code) : IRequest<PlanView>;
