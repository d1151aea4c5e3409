using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Deadlines;

/// <summary>
/// The yearly reports due in a year with their submission status as of a date, for every plan whoever asks (the
/// feed computes them once for all callers; <see cref="GetDeadlinesHandler"/> holds them to one caller's scope).
/// </summary>
internal sealed class DeadlineCalculator(MonitoringDbContext db, IMediator sender, TimeProvider clock)
{
    public async Task<IReadOnlyList<DeadlineRow>> ComputeAsync(
        GetDeadlinesQuery request,
        CancellationToken cancellationToken
    )
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var deadlines = await sender.Send(
            new GetReportingDeadlinesQuery(request.Year, request.UnderPlanCode, request.UnitCode),
            cancellationToken
        );
        var submissions = (
            await db
                .Submissions.AsNoTracking()
                .Where(s => s.Year == request.Year && s.SubmittedOn <= asOf)
                .Select(s => new { s.PlanCode, s.SubmittedOn })
                .ToListAsync(cancellationToken)
        ).ToDictionary(s => s.PlanCode, s => s.SubmittedOn, StringComparer.Ordinal);

        var rows = new List<DeadlineRow>(deadlines.Count);
        foreach (
            var d in deadlines
                .Where(d => request.Level is null || d.Level == request.Level)
                .DistinctBy(d => d.PlanCode, StringComparer.Ordinal)
        )
        {
            DateOnly? submittedOn = submissions.TryGetValue(d.PlanCode, out var on) ? on : null;
            var (status, daysLate) = submittedOn switch
            {
                { } s when s > d.Due => (DeadlineStatus.SubmittedLate, s.DayNumber - d.Due.DayNumber),
                not null => (DeadlineStatus.SubmittedOnTime, 0),
                null when asOf > d.Due => (DeadlineStatus.Overdue, asOf.DayNumber - d.Due.DayNumber),
                _ => (DeadlineStatus.Pending, 0),
            };
            rows.Add(
                new DeadlineRow(
                    d.PlanCode,
                    d.UnitCode,
                    d.Level,
                    request.Year,
                    d.Title,
                    d.Recipient,
                    d.Due,
                    submittedOn,
                    status,
                    daysLate,
                    asOf,
                    d.ProvinceCode,
                    d.UnitName
                )
            );
        }

        return request.OverdueOnly
            ? rows.Where(r => r.Status is DeadlineStatus.Overdue or DeadlineStatus.SubmittedLate).ToList()
            : rows;
    }
}
