using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Persistence;

namespace Platform.Monitoring.Activities.CorrectActivity;

internal sealed class CorrectActivityHandler(MonitoringDbContext db, IMediator sender) :
    IRequestHandler<CorrectActivityCommand, ActivityView>,
    IRequestHandler<WithdrawActivityCommand>
{
    public async Task<ActivityView> Handle(CorrectActivityCommand request, CancellationToken cancellationToken)
    {
        var activity = await LoadOpenAsync(request.Id, request.IfMatch, cancellationToken);
        var input = request.Activity;
        if (await new UnitDirectory(sender).FindAsync(input.UnitCode!, input.Date!.Value, cancellationToken) is null)
        {
            throw new ValidationException([new ValidationFailure("unitCode", $"no unit '{input.UnitCode}' is in force on {input.Date:yyyy-MM-dd}.")]);
        }

        await EnsureNotSubmittedAsync(input.UnitCode!, input.Date.Value.Year, activity.Id, cancellationToken);
        input.CopyTo(activity);
        await db.SaveChangesAsync(cancellationToken);
        return ActivityView.From(activity);
    }

    public async Task<Unit> Handle(WithdrawActivityCommand request, CancellationToken cancellationToken)
    {
        var activity = await LoadOpenAsync(request.Id, request.IfMatch, cancellationToken);
        db.Activities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<ActivityReport> LoadOpenAsync(int id, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException($"No activity has the id {id}.");
        ifMatch?.Ensure(activity.Version, $"Activity {id}");
        await EnsureNotSubmittedAsync(activity.UnitCode, activity.Year, id, cancellationToken);
        return activity;
    }

    /// <summary>A submitted report froze the year's figures of its unit: an activity counted in them stays as it was.</summary>
    private async Task EnsureNotSubmittedAsync(string unitCode, int year, int id, CancellationToken cancellationToken)
    {
        var plan = await db.Submissions.AsNoTracking().Where(s => s.UnitCode == unitCode && s.Year == year).Select(s => s.PlanCode).FirstOrDefaultAsync(cancellationToken);
        if (plan is not null)
        {
            throw new ConflictException(
                $"The {year} report of unit {unitCode} (plan {plan}) has been submitted; activity {id} can no longer be corrected or withdrawn for that unit and year.");
        }
    }
}
