using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Activities.CorrectActivity;

/// <summary>Only activities of units in the caller's scope, moved only to units in it; anything else is not
/// found.</summary>
internal sealed class CorrectActivityHandler(
    MonitoringDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<CorrectActivityCommand, ActivityView>, IRequestHandler<WithdrawActivityCommand>
{
    public async Task<ActivityView> Handle(CorrectActivityCommand request, CancellationToken cancellationToken)
    {
        var activity = await LoadOpenAsync(request.Id, request.IfMatch, cancellationToken);
        var input = request.Activity;
        var province = await sender.PlaceActivityAsync(caller.Scope, input, texts, cancellationToken);
        await EnsureNotSubmittedAsync(input.UnitCode!, input.Date!.Value.Year, activity.Id, cancellationToken);
        input.CopyTo(activity, province);
        await db.SaveChangesAsync(cancellationToken);
        return ActivityViews.From(activity);
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
        var activity = await caller
            .Scope.Filter(db.Activities, a => a.UnitCode, a => a.ProvinceCode)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException(texts["Activity.NotFound", id]);
        ifMatch?.Ensure(activity.Version, VersionedRecord.Activity, id);
        await EnsureNotSubmittedAsync(activity.UnitCode, activity.Year, id, cancellationToken);
        return activity;
    }

    /// <summary>A submitted report froze the year's figures of its unit: an activity counted in them stays as it
    /// was.</summary>
    private async Task EnsureNotSubmittedAsync(string unitCode, int year, int id, CancellationToken cancellationToken)
    {
        var plan = await db
            .Submissions.AsNoTracking()
            .Where(s => s.UnitCode == unitCode && s.Year == year)
            .Select(s => s.PlanCode)
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is not null)
        {
            throw new ConflictException(texts["Activity.ReportSubmitted", year, unitCode, plan, id]);
        }
    }
}
