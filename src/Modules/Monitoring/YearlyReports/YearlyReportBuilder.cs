using MediatR;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Progress;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.YearlyReports;

/// <summary>
/// Builds the live yearly report of a plan: its deadline (from Plans), its unit's obligations, actuals and statuses.
/// A plan outside the caller's scope is not found, as an unknown one.
/// </summary>
internal sealed class YearlyReportBuilder(IMediator sender, ActualsCalculator actuals, ProgressCalculator progress, ICurrentCaller caller)
{
    public async Task<PlanReportingDeadline> DeadlineAsync(string planCode, int year, CancellationToken cancellationToken)
    {
        var deadlines = await sender.Send(new GetReportingDeadlinesQuery(year, planCode), cancellationToken);
        var deadline = deadlines.FirstOrDefault(d => d.PlanCode == planCode)
            ?? throw new NotFoundException($"Plan '{planCode}' owes no yearly report for {year} (it does not cover that year or has no reporting deadline).");
        caller.Scope.EnsureCovers(deadline.UnitCode, deadline.ProvinceCode, $"No plan has the code '{planCode}'.");
        return deadline;
    }

    public async Task<YearlyReport> BuildAsync(string planCode, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var deadline = await DeadlineAsync(planCode, year, cancellationToken);
        var unit = await sender.Send(new GetUnitQuery(deadline.UnitCode), cancellationToken);
        var table = await actuals.ComputeAsync(year, asOf, cancellationToken);
        var rows = (await progress.ComputeAsync(table, asOf, deadline.UnitCode, cancellationToken))
            .OrderBy(r => r.IndicatorCode, StringComparer.Ordinal)
            .ToList();
        var lines = rows
            .Select(r => new YearlyReportLine(r.IndicatorCode, r.Floor, r.Stretch, r.Actual, r.ActualPercent, r.Expected, r.StretchAchieved, r.Status))
            .ToList();
        var counts = Enum.GetValues<ProgressStatus>().ToDictionary(s => s.ToString(), s => lines.Count(l => l.Status == s));
        return new YearlyReport(planCode, deadline.UnitCode, unit.Name, deadline.Level.ToString(), year, asOf, deadline.Title, deadline.Recipient,
            deadline.Due, null, counts, lines);
    }
}
