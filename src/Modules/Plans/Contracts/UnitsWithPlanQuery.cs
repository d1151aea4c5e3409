using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>
/// The codes of the units that have a plan of their own covering <paramref name="Year"/> (a multi-year or a yearly
/// plan, in any status: a generated draft is a plan the unit has): what UNITS_WITH_PLAN counts. System-level, like
/// <see cref="GetReportingDeadlinesQuery"/>: the asking module holds its answers to the caller's scope.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetUnitsWithPlanQuery(int Year) : IRequest<IReadOnlyList<string>>;
