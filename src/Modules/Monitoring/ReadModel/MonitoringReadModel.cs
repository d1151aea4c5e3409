using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Progress;

namespace Platform.Monitoring.ReadModel;

/// <summary>
/// The four sets the OData feed will expose. <see cref="ActivityReports"/> is a database query (OData's filters and
/// paging translate to SQL); the other three are computed per year and as-of date (roll-ups and statuses are not
/// stored), materialised once and handed out as in-memory queryables.
/// </summary>
internal sealed class MonitoringReadModel(MonitoringDbContext db, ActualsCalculator actuals, ProgressCalculator progress, IMediator mediator, TimeProvider clock)
{
    public IQueryable<ActivityReportRow> ActivityReports() =>
        db.Activities.AsNoTracking().Select(a => new ActivityReportRow
        {
            Id = a.Id,
            UnitCode = a.UnitCode,
            Date = a.Date,
            Year = a.Year,
            Kind = a.Kind,
            // The kind's first indicator (GRASSROOTS_CONF_COUNT goes with GRASSROOTS_CONF), as SQL so it can be filtered on.
            IndicatorCode = a.Kind == ActivityKinds.EnterpriseConference ? "ENTERPRISE_CONF"
                : a.Kind == ActivityKinds.GrassrootsConference ? "GRASSROOTS_CONF"
                : a.Kind == ActivityKinds.CollaboratorConference ? "COLLAB_CONF"
                : a.Kind == ActivityKinds.RadioBroadcast ? "RADIO_VOL"
                : a.Kind == ActivityKinds.TrainingClass ? "COLLAB_CLASSES"
                : a.Kind == ActivityKinds.SurveyWorkshop ? "SURVEY_WS"
                : null,
            AudienceGroup = a.AudienceGroup,
            CommunicationForm = a.CommunicationForm,
            Count = a.Count,
            Participants = a.Participants,
            Notes = a.Notes,
        });

    public async Task<IQueryable<IndicatorActualRow>> IndicatorActualsAsync(int year, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? Today;
        var table = await actuals.ComputeAsync(year, date, cancellationToken);
        return table.All.Select(a => new IndicatorActualRow
        {
            UnitCode = a.UnitCode,
            Level = a.Level?.ToString(),
            ParentUnitCode = a.ParentUnitCode,
            Year = a.Year,
            IndicatorCode = a.IndicatorCode,
            Value = a.Value,
            Denominator = a.Denominator,
            Percent = a.Percent,
            Reported = a.Reported,
            AsOf = date,
        }).ToList().AsQueryable();
    }

    public async Task<IQueryable<ProgressReadRow>> ProgressAsync(int year, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = await progress.ComputeAsync(year, asOf ?? Today, cancellationToken);
        return rows.Select(ToRow).ToList().AsQueryable();
    }

    public async Task<IQueryable<ReportingDeadlineRow>> ReportingDeadlinesAsync(int year, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = await mediator.Send(new GetDeadlinesQuery(year, asOf ?? Today), cancellationToken);
        return rows.Select(d => new ReportingDeadlineRow
        {
            PlanCode = d.PlanCode,
            UnitCode = d.UnitCode,
            Level = d.Level.ToString(),
            Year = d.Year,
            Title = d.Title,
            Recipient = d.Recipient,
            Due = d.Due,
            SubmittedOn = d.SubmittedOn,
            Status = d.Status.ToString(),
            DaysLate = d.DaysLate,
            AsOf = d.AsOf,
        }).ToList().AsQueryable();
    }

    public static ProgressReadRow ToRow(ProgressRow r) => new()
    {
        ObligationId = r.ObligationId,
        PlanCode = r.PlanCode,
        UnitCode = r.UnitCode,
        Level = r.Level.ToString(),
        ParentUnitCode = r.ParentUnitCode,
        Year = r.Year,
        IndicatorCode = r.IndicatorCode,
        Floor = r.Floor,
        Stretch = r.Stretch,
        Actual = r.Actual,
        ActualPercent = r.ActualPercent,
        ElapsedShare = r.ElapsedShare,
        Expected = r.Expected,
        StretchAchieved = r.StretchAchieved,
        Status = r.Status.ToString(),
        AsOf = r.AsOf,
    };

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
