using System.Globalization;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Progress;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.YearlyReports;

/// <summary>
/// What the report's files hold: the plan's yearly report and, below it, the report of each unit directly under the
/// plan's unit (a province's communes), all named in <paramref name="Culture"/>.
/// </summary>
[RequiresPermission(Permission.Read)]
internal sealed record GetYearlyReportBookQuery(string PlanCode, int Year, DateOnly? AsOf, CultureInfo Culture)
    : IRequest<YearlyReportBook>;

/// <param name="Unit">The plan's unit as the register names it (its type places it in the document's
/// sentences).</param>
/// <param name="Below">A report per unit directly below, by unit code: the one it submitted, else its figures as of the
/// book's date.</param>
internal sealed record YearlyReportBook(
    YearlyReport Report,
    UnitSummary Unit,
    IReadOnlyList<YearlyReport> Below,
    UnitLevel? BelowLevel,
    CultureInfo Culture
);

/// <summary>
/// The plan's own report comes through <see cref="GetYearlyReportQuery"/> (validation, scope, frozen figures); the
/// units below share one computation of the year's actuals.
/// </summary>
internal sealed class GetYearlyReportBookHandler(
    IMediator sender,
    MonitoringDbContext db,
    YearlyReportBuilder builder,
    YearlyReportNames names,
    ActualsCalculator actuals,
    ProgressCalculator progress,
    TimeProvider clock
) : IRequestHandler<GetYearlyReportBookQuery, YearlyReportBook>
{
    public async Task<YearlyReportBook> Handle(GetYearlyReportBookQuery request, CancellationToken cancellationToken)
    {
        var report = await sender.Send(
            new GetYearlyReportQuery(request.PlanCode, request.Year, request.AsOf),
            cancellationToken
        );
        var unit = await sender.Send(new GetUnitQuery(report.UnitCode), cancellationToken);
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        // Monitoring's own copy of the obligations knows each unit's parent: the plans of the units directly below.
        var childUnits = await db
            .Obligations.AsNoTracking()
            .Where(o => o.Year == request.Year && o.ParentUnitCode == report.UnitCode)
            .Select(o => o.UnitCode)
            .Distinct()
            .ToListAsync(cancellationToken);
        var below = (await builder.DeadlinesAsync(request.PlanCode, request.Year, cancellationToken))
            .Skip(1)
            .Where(d => childUnits.Contains(d.UnitCode))
            .OrderBy(d => d.UnitCode, StringComparer.Ordinal)
            .ToList();

        var codes = below.Select(d => d.PlanCode).ToList();
        var submitted = (
            await db
                .Submissions.AsNoTracking()
                .Where(s => s.Year == request.Year && codes.Contains(s.PlanCode))
                .Select(s => new { s.PlanCode, s.SnapshotJson })
                .ToListAsync(cancellationToken)
        ).ToDictionary(
            s => s.PlanCode,
            s => JsonSerializer.Deserialize<YearlyReport>(s.SnapshotJson, GetYearlyReportHandler.Json)!,
            StringComparer.Ordinal
        );
        var rows =
            below.Count == submitted.Count
                ? []
                : await progress.ComputeAsync(
                    await actuals.ComputeAsync(request.Year, asOf, cancellationToken),
                    asOf,
                    null,
                    cancellationToken
                );
        var rowsByUnit = rows.ToLookup(r => r.UnitCode, StringComparer.Ordinal);

        var catalogue = await names.CatalogueAsync(cancellationToken);
        var reports = new List<YearlyReport>(below.Count);
        foreach (var deadline in below)
        {
            var own = submitted.GetValueOrDefault(deadline.PlanCode)
                ?? YearlyReportBuilder.Report(
                    deadline,
                    (await sender.Send(new GetUnitQuery(deadline.UnitCode), cancellationToken)).Name,
                    request.Year,
                    asOf,
                    rowsByUnit[deadline.UnitCode]
                );
            reports.Add(YearlyReportNames.Name(own, catalogue, request.Culture));
        }

        return new YearlyReportBook(
            YearlyReportNames.Name(report, catalogue, request.Culture),
            unit,
            reports,
            below.Count == 0 ? null : below[0].Level,
            request.Culture
        );
    }
}
