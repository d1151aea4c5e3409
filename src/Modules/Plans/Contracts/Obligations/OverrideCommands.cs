using MediatR;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Plans.Contracts.Obligations;

/// <summary>
/// A planner sets an obligation's floor (and stretch) with a reason; never below what the parent demands. With
/// <paramref name="IfMatch"/> (the ETag the planner read), only if nobody changed the obligation since (else 412).
/// </summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record OverrideObligationCommand(
    int Id,
    long? Floor,
    long? Stretch,
    string? Reason,
    IfMatch? IfMatch = null
) : ICommand<ObligationView>;

/// <summary>Drops a planner's override: the obligation goes back to the computed values.</summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record ClearOverrideCommand(int Id, IfMatch? IfMatch = null) : ICommand<ObligationView>;
