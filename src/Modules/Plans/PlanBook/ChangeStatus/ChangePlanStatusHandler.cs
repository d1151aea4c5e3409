using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Texts;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Plans.PlanBook.ChangeStatus;

internal sealed class ChangePlanStatusHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    IMediator mediator,
    TimeProvider clock,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<ChangePlanStatusCommand, PlanView>
{
    public async Task<PlanView> Handle(ChangePlanStatusCommand request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansReadableIn(caller.Scope)
            .Include(p => p.Parent)
            .SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException(texts["Plan.NotFound", request.Code]);
        var to = request.To!.Value;
        await new PlanApproval(db, caller, texts).EnsureMayMoveAsync(plan, to, cancellationToken);
        request.IfMatch?.Ensure(plan.Version, BuildingBlocks.Http.VersionedRecord.Plan, plan.Code);
        if (!PlanApproval.Allowed[plan.Status].Contains(to))
        {
            var next = PlanApproval.Allowed[plan.Status];
            throw new ConflictException(
                texts[
                    "Plan.TransitionRefused",
                    plan.Code,
                    Name(plan.Status),
                    next.Length == 0 ? texts["Plan.NoOtherStatus"] : string.Join(texts["Plan.Or"], next.Select(Name)),
                    Name(to)
                ]
            );
        }

        if (plan.Status == PlanStatus.Submitted && to == PlanStatus.Draft && string.IsNullOrWhiteSpace(request.Note))
        {
            throw new FluentValidation.ValidationException([
                new FluentValidation.Results.ValidationFailure("note", texts["Plan.ReturnNeedsReason"]),
            ]);
        }

        plan.History.Add(
            new StatusChange
            {
                From = plan.Status,
                To = to,
                By = caller.Name,
                AtUtc = clock.GetUtcNow().UtcDateTime,
                Note = VietnameseText.Note(request.Note),
            }
        );
        plan.Status = to;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPlanQuery(plan.Code), cancellationToken);
    }

    private string Name(PlanStatus status) => texts[$"Status.{status}"];
}
