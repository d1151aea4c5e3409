using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Texts;
using Platform.Plans.Contracts.PlanBook;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Plans.PlanBook.YearPlans;

/// <summary>
/// Drafts the yearly implementation plan that 001 asks of every authority: plan <c>{unit}-{year}</c>, a Draft of the
/// unit's own multi-year plan for one year, with its audiences, themes and tasks to adapt; its targets and deadline are
/// that year's of the multi-year plan. Approved like any plan, by a planner above the one who submits it.
/// </summary>
[RequiresPermission(Permission.WritePlans)]
internal sealed record DraftYearPlanCommand(string Code, int Year) : ICommand<PlanView>;

internal sealed class DraftYearPlanHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    IMediator mediator,
    TimeProvider clock,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<DraftYearPlanCommand, PlanView>
{
    public async Task<PlanView> Handle(DraftYearPlanCommand request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansIn(caller.Scope)
            .AsNoTracking()
            .Include(p => p.Parent)
            .SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw await db.RefusalAsync(caller.Scope, request.Code, texts, cancellationToken);
        if (plan.IsYearPlan || plan.StartYear == plan.EndYear)
        {
            throw new RuleViolationException(texts["YearPlan.OfYearPlan", plan.Code]);
        }

        PlanYears.EnsureWithin(plan, request.Year, texts);

        var code = $"{plan.UnitCode}-{request.Year}";
        if (await db.Plans.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new ConflictException(texts["YearPlan.Exists", code, request.Year, plan.Code]);
        }

        var unitName = await db
            .Units.Where(u => u.Id == plan.UnitId)
            .Select(u => u.Name)
            .SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Plans.Add(
            new Plan
            {
                Code = code,
                Title = Wording.Get("YearPlan.Title", Wording.Vietnamese, Place.InText(unitName), request.Year),
                UnitId = plan.UnitId,
                UnitCode = plan.UnitCode,
                StartYear = request.Year,
                EndYear = request.Year,
                ParentPlanId = plan.Id,
                Path = $"{plan.Path}{code}/",
                Status = PlanStatus.Draft,
                AudienceGroups = [.. plan.AudienceGroups],
                Themes = [.. plan.Themes],
                Tasks = plan
                    .Tasks.Select(t => new PlanTask
                    {
                        Audience = t.Audience,
                        Content = t.Content,
                        Forms = [.. t.Forms],
                        Responsible = t.Responsible,
                        Cooperating = [.. t.Cooperating],
                    })
                    .ToList(),
                History =
                [
                    new StatusChange
                    {
                        From = PlanStatus.Draft,
                        To = PlanStatus.Draft,
                        By = caller.Name,
                        AtUtc = now,
                        Note = Wording.Get("Plan.GeneratedFrom", Wording.Vietnamese, plan.Code),
                    },
                ],
                CreatedAtUtc = now,
            }
        );
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPlanQuery(code), cancellationToken);
    }
}
