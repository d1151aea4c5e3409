using MediatR;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>
/// Sets the day a province sends its yearly report to the ministry (<paramref name="Due"/>, "dd/MM", e.g. "20/12") on
/// its plan: no seed states that day (001 only says the province compiles its communes' reports, due 15/12, for the
/// ministries), so each province records its own. Between the day its communes report and 31/12; a plan of a province
/// in the caller's scope only; with <paramref name="IfMatch"/>, only if the plan is still at that version (else 412).
/// </summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record SetReportDateCommand(string Code, string? Due, IfMatch? IfMatch = null) : ICommand<PlanView>;
