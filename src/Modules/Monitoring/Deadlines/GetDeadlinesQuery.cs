using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Deadlines;

/// <summary>Where a yearly report stands as of a date.</summary>
internal enum DeadlineStatus
{
    /// <summary>Not submitted; not yet due.</summary>
    Pending,

    /// <summary>Not submitted and past its due date.</summary>
    Overdue,

    /// <summary>Submitted on or before the due date.</summary>
    SubmittedOnTime,

    /// <summary>Submitted after the due date.</summary>
    SubmittedLate,
}

internal sealed record DeadlineRow(
    string PlanCode, string UnitCode, UnitLevel Level, int Year, string Title, string Recipient, DateOnly Due,
    DateOnly? SubmittedOn, DeadlineStatus Status, int DaysLate, DateOnly AsOf, string? ProvinceCode = null);

/// <summary>
/// The yearly reports due in <paramref name="Year"/> (from the plans' deadlines) with their submission status as of
/// <paramref name="AsOf"/> (default today). <paramref name="OverdueOnly"/> keeps the late ones: overdue, or submitted late.
/// Only plans in the caller's scope: Plans answers <see cref="GetReportingDeadlinesQuery"/> for the caller.
/// </summary>
internal sealed record GetDeadlinesQuery(int Year, DateOnly? AsOf = null, UnitLevel? Level = null, string? UnderPlanCode = null, bool OverdueOnly = false)
    : IRequest<IReadOnlyList<DeadlineRow>>;

internal sealed class GetDeadlinesValidator : AbstractValidator<GetDeadlinesQuery>
{
    public GetDeadlinesValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("year must be from 2000 to 2100.");
        RuleFor(q => q.Level).IsInEnum().WithMessage("level must be Nation, Province, District or Commune.");
    }
}

internal sealed class GetDeadlinesHandler(MonitoringDbContext db, IMediator sender, TimeProvider clock) : IRequestHandler<GetDeadlinesQuery, IReadOnlyList<DeadlineRow>>
{
    public async Task<IReadOnlyList<DeadlineRow>> Handle(GetDeadlinesQuery request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var deadlines = await sender.Send(new GetReportingDeadlinesQuery(request.Year, request.UnderPlanCode), cancellationToken);
        var submissions = (await db.Submissions.AsNoTracking().Where(s => s.Year == request.Year && s.SubmittedOn <= asOf)
                .Select(s => new { s.PlanCode, s.SubmittedOn }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.PlanCode, s => s.SubmittedOn, StringComparer.Ordinal);

        var rows = new List<DeadlineRow>(deadlines.Count);
        foreach (var d in deadlines.Where(d => request.Level is null || d.Level == request.Level).DistinctBy(d => d.PlanCode, StringComparer.Ordinal))
        {
            DateOnly? submittedOn = submissions.TryGetValue(d.PlanCode, out var on) ? on : null;
            var (status, daysLate) = submittedOn switch
            {
                { } s when s > d.Due => (DeadlineStatus.SubmittedLate, s.DayNumber - d.Due.DayNumber),
                not null => (DeadlineStatus.SubmittedOnTime, 0),
                null when asOf > d.Due => (DeadlineStatus.Overdue, asOf.DayNumber - d.Due.DayNumber),
                _ => (DeadlineStatus.Pending, 0),
            };
            rows.Add(new DeadlineRow(d.PlanCode, d.UnitCode, d.Level, request.Year, d.Title, d.Recipient, d.Due, submittedOn, status, daysLate, asOf, d.ProvinceCode));
        }

        return request.OverdueOnly
            ? rows.Where(r => r.Status is DeadlineStatus.Overdue or DeadlineStatus.SubmittedLate).ToList()
            : rows;
    }
}
