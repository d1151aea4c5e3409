using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Scope;

namespace Platform.Plans.PlanBook.ChangeStatus;

/// <summary>
/// Moves a plan along Draft → Submitted → Approved → Active → Closed (Submitted may go back to Draft), recording who and
/// when; with <paramref name="IfMatch"/>, only if the plan is still at that version (else 412).
/// </summary>
internal sealed record ChangePlanStatusCommand(string Code, PlanStatus? To, string? By, string? Note, IfMatch? IfMatch = null) : IRequest<PlanView>;

internal sealed class ChangePlanStatusValidator : AbstractValidator<ChangePlanStatusCommand>
{
    public ChangePlanStatusValidator()
    {
        RuleFor(c => c.To).NotNull().WithMessage("to is required: Draft, Submitted, Approved, Active or Closed.").IsInEnum();
        RuleFor(c => c.By).NotEmpty().WithMessage("by (who makes the change) is required.").MaximumLength(100);
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}

internal sealed class ChangePlanStatusHandler(PlansDbContext db, ICurrentCaller caller, IMediator mediator, TimeProvider clock) : IRequestHandler<ChangePlanStatusCommand, PlanView>
{
    private static readonly Dictionary<PlanStatus, PlanStatus[]> Allowed = new()
    {
        [PlanStatus.Draft] = [PlanStatus.Submitted],
        [PlanStatus.Submitted] = [PlanStatus.Approved, PlanStatus.Draft],
        [PlanStatus.Approved] = [PlanStatus.Active],
        [PlanStatus.Active] = [PlanStatus.Closed],
        [PlanStatus.Closed] = [],
    };

    public async Task<PlanView> Handle(ChangePlanStatusCommand request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansIn(caller.Scope).SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException($"No plan has the code '{request.Code}'.");
        request.IfMatch?.Ensure(plan.Version, $"Plan {plan.Code}");
        var to = request.To!.Value;
        if (!Allowed[plan.Status].Contains(to))
        {
            throw new ConflictException($"Plan {plan.Code} is {plan.Status}; it can go to {(Allowed[plan.Status].Length == 0 ? "no other status" : string.Join(" or ", Allowed[plan.Status]))}, not {to}.");
        }

        plan.History.Add(new StatusChange { From = plan.Status, To = to, By = VietnameseText.Clean(request.By), AtUtc = clock.GetUtcNow().UtcDateTime, Note = VietnameseText.Note(request.Note) });
        plan.Status = to;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPlanQuery(plan.Code), cancellationToken);
    }
}
