using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>
/// The plans of a unit (every version of its code) and those of the units above it, which the unit implements. Held to
/// the caller's scope: a unit outside it is not found; plans above the caller's scope are listed read only. Without
/// <see cref="UnitCode"/>, the unit at the top of the caller's scope.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitPlansQuery(string? UnitCode = null) : IRequest<UnitPlans>;

/// <param name="Own">The unit's plans, multi-year plans before the yearly plans of their years.</param>
/// <param name="Above">The plans of the units above it (its province's, the nation's), nearest unit first.</param>
public sealed record UnitPlans(string UnitCode, IReadOnlyList<PlanListItem> Own, IReadOnlyList<PlanListItem> Above);

/// <summary>A plan in a list: what it is, whose, when, its status (and its name in the request's language), and whether
/// the caller may change it.</summary>
public sealed record PlanListItem(
    string Code,
    string Title,
    string UnitCode,
    string UnitName,
    int StartYear,
    int EndYear,
    string? ParentCode,
    PlanStatus Status,
    string StatusName,
    bool IsYearPlan,
    bool ReadOnly
);

/// <summary>
/// The moves of a plan's status the caller may make now (<see cref="ChangePlanStatusCommand"/>): none without a
/// planner's role; the plan's own unit submits, activates and closes it; the parent plan's unit approves it or returns
/// it to Draft, never the person who submitted it. The command checks again.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetPlanMovesQuery(string Code) : IRequest<PlanMoves>;

public sealed record PlanMoves(string Code, PlanStatus Status, IReadOnlyList<PlanStatus> Moves, int Version);
