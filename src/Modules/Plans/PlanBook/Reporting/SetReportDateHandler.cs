using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.Reporting;

/// <summary>
/// A province's own report date, on its multi-year plan: its yearly plans and every year of the plan follow it. Refused
/// (and nothing changes) for a plan that is not a province's, one whose national plan states no yearly report, and a
/// day before its communes' or after 31/12: the province compiles its communes' reports, and reports on the year it
/// covers.
/// </summary>
internal sealed class SetReportDateHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    IMediator mediator,
    ReportingSchedules schedules,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<SetReportDateCommand, PlanView>
{
    public async Task<PlanView> Handle(SetReportDateCommand request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansIn(caller.Scope)
            .Include(p => p.Parent)
            .SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw await db.RefusalAsync(caller.Scope, request.Code, texts, cancellationToken);
        var level = await db.Units.Where(u => u.Id == plan.UnitId).Select(u => u.Level).SingleAsync(cancellationToken);
        if (level != UnitLevel.Province || plan.IsYearPlan)
        {
            throw new RuleViolationException(texts["ReportDate.ProvincePlanOnly", plan.Code]);
        }

        var schedule = schedules.ForPlanAt(plan.Path);
        if (plan.Deadlines.Count == 0 || schedule is null)
        {
            throw new RuleViolationException(texts["ReportDate.NoReport", plan.Code, plan.StartYear, plan.EndYear]);
        }

        request.IfMatch?.Ensure(plan.Version, BuildingBlocks.Http.VersionedRecord.Plan, plan.Code);
        var due = DayMonth.Parse(request.Due)!.Value;
        var earliest = schedule.BelowProvince ?? new DayMonth(1, 1);
        if (due.IsBefore(earliest))
        {
            throw new ValidationException([
                new ValidationFailure("due", texts["ReportDate.BeforeCommunes", due.ToString(), earliest.ToString()]),
            ]);
        }

        // A new list, not the owned rows changed in place: the plan itself is then modified, so its version and audit
        // follow.
        plan.Deadlines = plan
            .Deadlines.Select(d => new ReportingDeadline
            {
                Title = d.Title,
                Recipient = d.Recipient,
                DueDay = due.Day,
                DueMonth = due.Month,
            })
            .ToList();
        db.Entry(plan).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetPlanQuery(plan.Code), cancellationToken);
    }
}
