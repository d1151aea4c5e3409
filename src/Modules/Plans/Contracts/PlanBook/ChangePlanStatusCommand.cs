using MediatR;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>
/// Moves a plan along Draft → Submitted → Approved → Active → Closed (Submitted may go back to Draft with a reason) as
/// the signed-in caller, who must be allowed to (the plan's own unit submits, the parent's approves or returns); with
/// <paramref name="IfMatch"/>, only if the plan is still at that version (else 412).
/// </summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record ChangePlanStatusCommand(string Code, PlanStatus? To, string? Note, IfMatch? IfMatch = null)
    : ICommand<PlanView>;
