using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Contracts;

/// <summary>A yearly report a plan's unit owes, due on <see cref="Due"/> of the year asked for;
/// <see cref="ProvinceCode"/> is the unit's province (null for the nation).</summary>
public sealed record PlanReportingDeadline(
    string PlanCode,
    string UnitCode,
    UnitLevel Level,
    string Title,
    string Recipient,
    DateOnly Due,
    string? ProvinceCode = null,
    string UnitName = ""
);

/// <summary>
/// The reporting deadlines of every plan covering <paramref name="Year"/>, optionally under one plan (itself and its
/// subordinates) or of one unit's plans only. System-level: not held to the caller's scope, so that an answer computed
/// once serves every caller (Monitoring keeps its computed sets between requests); each deadline carries its unit and
/// province, by which the asking module holds what it shows to the caller's scope.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetReportingDeadlinesQuery(int Year, string? UnderPlanCode = null, string? UnitCode = null)
    : IRequest<IReadOnlyList<PlanReportingDeadline>>;
