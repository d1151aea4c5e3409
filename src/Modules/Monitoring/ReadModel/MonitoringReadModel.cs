using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Progress;
using MediatR;

namespace Platform.Monitoring.ReadModel;

/// <summary>
/// The four sets the OData feed will expose. <see cref="ActivityReports"/> is a database query (OData's filters and
/// paging translate to SQL); the other three are computed per year and as-of date (roll-ups and statuses are not
/// stored), materialised once and handed out as in-memory queryables.
/// </summary>
internal sealed class MonitoringReadModel(MonitoringDbContext db, ActualsCalculator actuals, ProgressCalculator progress, IMediator sender, TimeProvider clock)
{
    public IQueryable<ActivityReportRow> ActivityReports() =>
        db.Activities.AsNoTracking().Select(a => new ActivityReportRow(
            a.Id, a.UnitCode, a.Date, a.Year, a.Kind,
            a.Kind == ActivityKinds.EnterpriseConference ? "ENTERPRISE_CONF"
            : a.Kind == ActivityKinds.GrassrootsConference ? "GRASSROOTS_CONF"
            : a.Kind == ActivityKinds.CollaboratorConference ? "COLLAB_CONF"
            : a.Kind == ActivityKinds.RadioBroadcast ? "RADIO_VOL"
            : a.Kind == ActivityKinds.TrainingClass ? "COLLAB_CLASSES"
            : a.Kind == ActivityKinds.SurveyWorkshop ? "SURVEY_WS"
            : null,
            a.AudienceGroup, a.CommunicationForm, a.Count, a.Participants, a.Notes));

    public async Task<IQueryable<IndicatorActualRow>> IndicatorActualsAsync(int year, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? Today;
        var table = await actuals.ComputeAsync(year, date, cancellationToken);
        return table.All
            .Select(a => new IndicatorActualRow(a.UnitCode, a.Level?.ToString(), a.ParentUnitCode, a.Year, a.IndicatorCode, a.Value, a.Denominator, a.Percent, a.Reported, date))
            .AsQueryable();
    }

    public async Task<IQueryable<ProgressReadRow>> ProgressAsync(int year, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = await progress.ComputeAsync(year, asOf ?? Today, cancellationToken);
        return rows.Select(ToRow).AsQueryable();
    }

    public async Task<IQueryable<ReportingDeadlineRow>> ReportingDeadlinesAsync(int year, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = await sender.Send(new GetDeadlinesQuery(year, asOf ?? Today), cancellationToken);
        return rows
            .Select(d => new ReportingDeadlineRow(d.PlanCode, d.UnitCode, d.Level.ToString(), d.Year, d.Title, d.Recipient, d.Due, d.SubmittedOn, d.Status.ToString(), d.DaysLate, d.AsOf))
            .AsQueryable();
    }

    public static ProgressReadRow ToRow(ProgressRow r) =>
        new(r.ObligationId, r.PlanCode, r.UnitCode, r.Level.ToString(), r.ParentUnitCode, r.Year, r.IndicatorCode, r.Floor, r.Stretch,
            r.Actual, r.ActualPercent, r.ElapsedShare, r.Expected, r.StretchAchieved, r.Status.ToString(), r.AsOf);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
