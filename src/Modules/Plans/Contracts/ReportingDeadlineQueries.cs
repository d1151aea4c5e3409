using MediatR;

namespace Platform.Plans.Contracts;

/// <summary>A yearly report a plan's unit owes, due on <see cref="Due"/> of the year asked for.</summary>
public sealed record PlanReportingDeadline(string PlanCode, string UnitCode, UnitLevel Level, string Title, string Recipient, DateOnly Due);

/// <summary>The reporting deadlines of every plan covering <paramref name="Year"/>, optionally under one plan (itself and its subordinates).</summary>
public sealed record GetReportingDeadlinesQuery(int Year, string? UnderPlanCode = null) : IRequest<IReadOnlyList<PlanReportingDeadline>>;
