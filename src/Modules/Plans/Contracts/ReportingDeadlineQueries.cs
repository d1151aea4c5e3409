using MediatR;

namespace Platform.Plans.Contracts;

/// <summary>A yearly report a plan's unit owes, due on <see cref="Due"/> of the year asked for; <see cref="ProvinceCode"/> is the unit's province (null for the nation).</summary>
public sealed record PlanReportingDeadline(
    string PlanCode, string UnitCode, UnitLevel Level, string Title, string Recipient, DateOnly Due, string? ProvinceCode = null);

/// <summary>
/// The reporting deadlines of every plan covering <paramref name="Year"/>, optionally under one plan (itself and its
/// subordinates). Held to the caller's scope: only plans of units in it, and a plan named outside it is not found (404).
/// </summary>
public sealed record GetReportingDeadlinesQuery(int Year, string? UnderPlanCode = null) : IRequest<IReadOnlyList<PlanReportingDeadline>>;
