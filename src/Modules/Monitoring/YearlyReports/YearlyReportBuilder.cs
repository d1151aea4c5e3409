using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Progress;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.YearlyReports;

/// <summary>
/// Builds the live yearly report of a plan: its deadline (from Plans), its unit's obligations, actuals and statuses.
/// A plan outside the caller's scope is not found, as an unknown one.
/// </summary>
internal sealed class YearlyReportBuilder(
    IMediator sender,
    ActualsCalculator actuals,
    ProgressCalculator progress,
    ICurrentCaller caller,
    IStringLocalizer<MonitoringTexts> texts
)
{
    public async Task<PlanReportingDeadline> DeadlineAsync(
        string planCode,
        int year,
        CancellationToken cancellationToken
    ) => (await DeadlinesAsync(planCode, year, cancellationToken))[0];

    /// <summary>The plan's deadline first, then those of the plans below it (system-level: the caller's scope covers
    /// the plan, not each of them).</summary>
    public async Task<IReadOnlyList<PlanReportingDeadline>> DeadlinesAsync(
        string planCode,
        int year,
        CancellationToken cancellationToken
    )
    {
        var deadlines = await sender.Send(new GetReportingDeadlinesQuery(year, planCode), cancellationToken);
        var deadline = deadlines.FirstOrDefault(d => d.PlanCode == planCode)
            ?? throw new NotFoundException(texts["Report.NotOwed", planCode, year]);
        caller.Scope.EnsureCovers(deadline.UnitCode, deadline.ProvinceCode, texts["Report.PlanNotFound", planCode]);
        return [deadline, .. deadlines.Where(d => d.PlanCode != planCode)];
    }

    public async Task<YearlyReport> BuildAsync(
        string planCode,
        int year,
        DateOnly asOf,
        CancellationToken cancellationToken
    )
    {
        var deadline = await DeadlineAsync(planCode, year, cancellationToken);
        var unit = await sender.Send(new GetUnitQuery(deadline.UnitCode), cancellationToken);
        var table = await actuals.ComputeAsync(year, asOf, cancellationToken);
        var rows = await progress.ComputeAsync(table, asOf, deadline.UnitCode, cancellationToken);
        return Report(deadline, unit.Name, year, asOf, rows);
    }

    /// <summary>The report of <paramref name="deadline"/>'s unit from its progress rows.</summary>
    public static YearlyReport Report(
        PlanReportingDeadline deadline,
        string unitName,
        int year,
        DateOnly asOf,
        IEnumerable<ProgressRow> rows
    )
    {
        var lines = rows.OrderBy(r => r.IndicatorCode, StringComparer.Ordinal)
            .Select(r => new YearlyReportLine(
                r.IndicatorCode,
                r.Floor,
                r.Stretch,
                r.Actual,
                r.ActualPercent,
                r.Expected,
                r.StretchAchieved,
                r.Status
            ))
            .ToList();
        var counts = Enum.GetValues<ProgressStatus>()
            .ToDictionary(s => s.ToString(), s => lines.Count(l => l.Status == s));
        return new YearlyReport(
            deadline.PlanCode,
            deadline.UnitCode,
            unitName,
            deadline.Level.ToString(),
            year,
            asOf,
            deadline.Title,
            deadline.Recipient,
            deadline.Due,
            null,
            counts,
            lines
        );
    }
}
