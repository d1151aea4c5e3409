using System.Linq.Expressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Campaigns;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Contracts.ReadModels;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Progress;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;

namespace Platform.Monitoring.ReadModel;

/// <summary>
/// The sets of the OData feed. <see cref="AllActivityReportsAsync"/> reads the activities; the others are computed per
/// year and as-of date (roll-ups and statuses are not stored). Each is kept in key order while the modules it is read
/// from do not change (<see cref="FeedRows"/>, ADR 0024).
/// </summary>
internal sealed class MonitoringReadModel(
    MonitoringDbContext db,
    ActualsCalculator actuals,
    ProgressCalculator progress,
    DeadlineCalculator deadlines,
    TimeProvider clock,
    FeedRows cache,
    UnitOfWork unitOfWork,
    IMediator sender
)
{
    // Activities are Monitoring's own; the computed sets read the unit tree and obligations of Plans and Training's
    // results too.
    private static readonly string[] ActivitiesFrom = ["Monitoring"];
    private static readonly string[] ComputedFrom = ["Plans", "Training", "Monitoring"];

    /// <summary>An activity as the feed shows it, its kind's first indicator written in SQL to filter on.</summary>
    private static readonly Expression<Func<ActivityReport, ActivityReportRow>> ActivityRow = ActivityKinds.InSql<
        Func<ActivityReport, ActivityReportRow>
    >(a => new ActivityReportRow
    {
        Id = a.Id,
        UnitCode = a.UnitCode,
        ProvinceCode = a.ProvinceCode,
        Date = a.Date,
        Year = a.Year,
        Kind = a.Kind,
        IndicatorCode = ActivityKinds.FirstIndicatorOf(a.Kind),
        AudienceGroup = a.AudienceGroup,
        CommunicationForm = a.CommunicationForm,
        Count = a.Count,
        Participants = a.Participants,
        Notes = a.Notes,
        CampaignCode = a.CampaignCode,
    });

    /// <summary>The feed's <c>ActivityReports</c>: every activity, in Id order.</summary>
    public Task<List<ActivityReportRow>> AllActivityReportsAsync(CancellationToken cancellationToken) =>
        cache.GetAsync(
            unitOfWork,
            "Monitoring/ActivityReports",
            ActivitiesFrom,
            async token =>
                SharedTexts.Share(
                    await db.Activities.AsNoTracking().OrderBy(a => a.Id).Select(ActivityRow).ToListAsync(token)
                ),
            cancellationToken
        );

    public async Task<IQueryable<IndicatorActualRow>> IndicatorActualsAsync(
        int year,
        DateOnly? asOf,
        CancellationToken cancellationToken
    )
    {
        var date = asOf ?? Today;
        var table = await actuals.ComputeAsync(year, date, cancellationToken);
        return table
            .All.OrderBy(a => a.UnitCode, StringComparer.Ordinal)
            .ThenBy(a => a.IndicatorCode, StringComparer.Ordinal)
            .Select(
                (a, i) =>
                    new IndicatorActualRow
                    {
                        Id = RowId(year, i),
                        UnitCode = a.UnitCode,
                        Level = a.Level?.ToString(),
                        ParentUnitCode = a.ParentUnitCode,
                        ProvinceCode = a.ProvinceCode,
                        Year = a.Year,
                        IndicatorCode = a.IndicatorCode,
                        Value = a.Value,
                        Denominator = a.Denominator,
                        Percent = a.Percent,
                        Reported = a.Reported,
                        AsOf = date,
                    }
            )
            .ToList()
            .AsQueryable();
    }

    /// <summary>The year's actuals carried onto the units in force today, or on its 1 January for a year to come (
    /// <see cref="GetActualsOnUnitsHandler"/>).</summary>
    public async Task<IQueryable<IndicatorActualOnUnitRow>> IndicatorActualsOnUnitsAsync(
        int year,
        DateOnly? asOf,
        CancellationToken cancellationToken
    )
    {
        var date = asOf ?? Today;
        var table = await actuals.ComputeAsync(year, date, cancellationToken);
        var at = GetActualsOnUnitsHandler.DefaultOnUnitsAt(year, Today);
        var shares = (
            await sender.Send(new GetUnitSharesQuery(new DateOnly(year, 1, 1), at), cancellationToken)
        ).ToLookup(s => s.FromCode, StringComparer.Ordinal);
        return GetActualsOnUnitsHandler
            .Carry(table.All, shares, date, at)
            .Select(
                (a, i) =>
                    new IndicatorActualOnUnitRow
                    {
                        Id = RowId(year, i),
                        UnitCode = a.UnitCode,
                        UnitName = a.UnitName,
                        Level = a.Level.ToString(),
                        ProvinceCode = a.ProvinceCode,
                        Year = a.Year,
                        IndicatorCode = a.IndicatorCode,
                        Value = a.Value,
                        Denominator = a.Denominator,
                        Percent = a.Percent,
                        Method = a.Method.ToString(),
                        Exact = a.Exact,
                        Predecessors = a.Predecessors,
                        AsOf = a.AsOf,
                        OnUnitsAt = a.OnUnitsAt,
                    }
            )
            .ToList()
            .AsQueryable();
    }

    public async Task<IQueryable<ProgressReadRow>> ProgressAsync(
        int year,
        DateOnly? asOf,
        CancellationToken cancellationToken
    )
    {
        var rows = await progress.ComputeAsync(year, asOf ?? Today, cancellationToken);
        return rows.Select(ToRow).ToList().AsQueryable();
    }

    public async Task<IQueryable<ReportingDeadlineRow>> ReportingDeadlinesAsync(
        int year,
        DateOnly? asOf,
        CancellationToken cancellationToken
    )
    {
        // The calculator, not the scoped GetDeadlinesQuery: every computed set is the same for all callers, and the
        // controller holds it to each caller's scope.
        var rows = await deadlines.ComputeAsync(new GetDeadlinesQuery(year, asOf ?? Today), cancellationToken);
        return rows.OrderBy(d => d.PlanCode, StringComparer.Ordinal)
            .Select(
                (d, i) =>
                    new ReportingDeadlineRow
                    {
                        Id = RowId(year, i),
                        PlanCode = d.PlanCode,
                        UnitCode = d.UnitCode,
                        Level = d.Level.ToString(),
                        ProvinceCode = d.ProvinceCode,
                        Year = d.Year,
                        Title = d.Title,
                        Recipient = d.Recipient,
                        Due = d.Due,
                        SubmittedOn = d.SubmittedOn,
                        Status = d.Status.ToString(),
                        DaysLate = d.DaysLate,
                        AsOf = d.AsOf,
                    }
            )
            .ToList()
            .AsQueryable();
    }

    /// <summary>
    /// The years the feed's computed sets cover: every year with an obligation or an activity (2000 – 2100), or the
    /// current year when there is none.
    /// </summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var years = await db
            .Obligations.AsNoTracking()
            .Select(o => o.Year)
            .Union(db.Activities.AsNoTracking().Select(a => a.Year))
            .Where(y => y >= MinYear && y <= MaxYear)
            .ToListAsync(cancellationToken);
        return years.Count == 0 ? [Today.Year] : [.. years.Distinct().Order()];
    }

    /// <summary>The feed's <c>IndicatorActuals</c>: every year of <see cref="YearsAsync"/> as of
    /// <paramref name="asOf"/> (today when null).</summary>
    public Task<IReadOnlyList<IndicatorActualRow>> AllIndicatorActualsAsync(
        DateOnly? asOf,
        CancellationToken cancellationToken
    ) =>
        AllYearsAsync(
            "IndicatorActuals",
            asOf,
            (year, date) => IndicatorActualsAsync(year, date, cancellationToken),
            a => a.Id,
            cancellationToken
        );

    /// <summary>The feed's <c>IndicatorActualsOnUnits</c>: every year of <see cref="YearsAsync"/> as of
    /// <paramref name="asOf"/>, on today's units.</summary>
    public Task<IReadOnlyList<IndicatorActualOnUnitRow>> AllIndicatorActualsOnUnitsAsync(
        DateOnly? asOf,
        CancellationToken cancellationToken
    ) =>
        AllYearsAsync(
            "IndicatorActualsOnUnits",
            asOf,
            (year, date) => IndicatorActualsOnUnitsAsync(year, date, cancellationToken),
            a => a.Id,
            cancellationToken
        );

    /// <summary>The feed's <c>Progress</c>: every year of <see cref="YearsAsync"/> as of <paramref name="asOf"/> (today
    /// when null).</summary>
    public Task<IReadOnlyList<ProgressReadRow>> AllProgressAsync(DateOnly? asOf, CancellationToken cancellationToken) =>
        AllYearsAsync(
            "Progress",
            asOf,
            (year, date) => ProgressAsync(year, date, cancellationToken),
            p => p.ObligationId,
            cancellationToken
        );

    /// <summary>The feed's <c>ReportingDeadlines</c>: every year of <see cref="YearsAsync"/> as of
    /// <paramref name="asOf"/> (today when null).</summary>
    public Task<IReadOnlyList<ReportingDeadlineRow>> AllReportingDeadlinesAsync(
        DateOnly? asOf,
        CancellationToken cancellationToken
    ) =>
        AllYearsAsync(
            "ReportingDeadlines",
            asOf,
            (year, date) => ReportingDeadlinesAsync(year, date, cancellationToken),
            d => d.Id,
            cancellationToken
        );

    /// <summary>
    /// The feed's <c>CampaignProgress</c>: every landed quota of every campaign against the campaign's activities and
    /// reports as of <paramref name="asOf"/> (today when null), over the whole nation, computed once per state of the
    /// modules and date like the other computed sets and held to the caller's scope by the controller.
    /// </summary>
    public Task<List<CampaignProgressRow>> AllCampaignProgressAsync(DateOnly? asOf, CancellationToken ct)
    {
        var date = asOf ?? Today;
        return cache.GetAsync(
            unitOfWork,
            $"Monitoring/CampaignProgress@{date:yyyy-MM-dd}",
            ComputedFrom,
            async token =>
            {
                var rows = new List<CampaignProgressRow>();
                foreach (var campaign in await sender.Send(new GetLandedCampaignsQuery(), token))
                {
                    var dates = new CampaignProgressHandler.CampaignDates(
                        campaign.Code, campaign.StartDate, campaign.EndDate, campaign.StructureOn);
                    var units = await CampaignProgressHandler.UnitsAsync(
                        db, sender, dates, campaign.Quotas, province: null, date, token);
                    rows.AddRange(units.SelectMany(u => u.Quotas.Select(q => new CampaignProgressRow
                    {
                        CampaignCode = campaign.Code,
                        QuotaCode = q.QuotaCode,
                        Measure = q.Measure,
                        UnitCode = u.UnitCode,
                        UnitName = u.UnitName,
                        Level = u.Level.ToString(),
                        ParentUnitCode = u.ParentUnitCode,
                        ProvinceCode = campaign.ProvinceOf.GetValueOrDefault(u.UnitCode),
                        WindowStart = q.WindowStart,
                        WindowEnd = q.WindowEnd,
                        Floor = q.Floor,
                        Stretch = q.Stretch,
                        MissingData = q.MissingData,
                        Actual = q.Actual,
                        NotCounted = q.NotCounted,
                        ElapsedShare = q.ElapsedShare,
                        Expected = q.Expected,
                        Status = q.Status.ToString(),
                        Activities = u.Activities,
                        Reached = u.Reached,
                        AsOf = date,
                    })));
                }

                return SharedTexts.Share(
                [
                    .. rows.OrderBy(r => r.CampaignCode, StringComparer.Ordinal)
                        .ThenBy(r => r.UnitCode, StringComparer.Ordinal)
                        .ThenBy(r => r.QuotaCode, StringComparer.Ordinal)
                        .Select((r, i) => r with { Id = i + 1 }),
                ]);
            },
            ct
        );
    }

    /// <summary>
    /// Every year's rows in key order, computed once per state of the modules and as-of date (<see cref="FeedRows"/>);
    /// the feed pages through them by key (<see cref="KeyOrderedPaging"/>).
    /// </summary>
    private async Task<IReadOnlyList<T>> AllYearsAsync<T>(
        string set,
        DateOnly? asOf,
        Func<int, DateOnly, Task<IQueryable<T>>> perYear,
        Func<T, int> key,
        CancellationToken cancellationToken
    )
    {
        var date = asOf ?? Today;
        var rows = await cache.GetAsync<IReadOnlyList<T>>(
            unitOfWork,
            $"Monitoring/{set}@{date:yyyy-MM-dd}",
            ComputedFrom,
            async _ =>
            {
                var all = new List<T>();
                foreach (var year in await YearsAsync(cancellationToken))
                {
                    // One year at a time: the calculators share the scope's DbContext.
                    all.AddRange(await perYear(year, date));
                }

                all.Sort((a, b) => key(a).CompareTo(key(b)));
                return all;
            },
            cancellationToken
        );
        return rows;
    }

    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    /// <summary>Unique across years (year ≤ 2100 keeps it inside Int32) and independent of which other years
    /// exist.</summary>
    private static int RowId(int year, int index) => (year * 1_000_000) + index + 1;

    public static ProgressReadRow ToRow(ProgressRow r) =>
        new()
        {
            ObligationId = r.ObligationId,
            PlanCode = r.PlanCode,
            UnitCode = r.UnitCode,
            Level = r.Level.ToString(),
            ParentUnitCode = r.ParentUnitCode,
            ProvinceCode = r.ProvinceCode,
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
