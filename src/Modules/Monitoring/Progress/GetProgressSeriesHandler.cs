using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Progress;

internal sealed class GetProgressSeriesValidator : AbstractValidator<GetProgressSeriesQuery>
{
    public GetProgressSeriesValidator(IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(q => q.UnitCode).NotEmpty().WithMessage(_ => texts["Activity.UnitCodeRequired"]);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage(_ => texts["Report.YearRange"]);
    }
}

/// <summary>
/// The month ends before the as-of date's month come from one read of the year (
/// <see cref="ActualsCalculator.ComputeMonthEndsAsync"/>); the as-of date's own month shows the figure as of that date,
/// as <see cref="GetProgressQuery"/> gives it.
/// </summary>
internal sealed class GetProgressSeriesHandler(
    MonitoringDbContext db,
    ActualsCalculator actuals,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<GetProgressSeriesQuery, ProgressSeries>
{
    public async Task<ProgressSeries> Handle(GetProgressSeriesQuery request, CancellationToken cancellationToken)
    {
        var (year, unit) = (request.Year, request.UnitCode);
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var hierarchy = await actuals.HierarchyAsync(year, cancellationToken);
        caller.Scope.EnsureCovers(unit, hierarchy.ProvinceOf(unit), texts["Value.UnitNotFound", unit, year]);

        var obligations = await db
            .Obligations.AsNoTracking()
            .Where(o => o.Year == year && o.UnitCode == unit)
            .OrderBy(o => o.IndicatorCode)
            .ThenBy(o => o.PlanCode)
            .ToListAsync(cancellationToken);
        var monthEnds = Enumerable
            .Range(1, 12)
            .Select(m => new DateOnly(year, m, DateTime.DaysInMonth(year, m)))
            .ToList();

        // Complete months from one read; the as-of date's month (if in the year) as of that date.
        var complete = obligations.Count == 0 || asOf.Year < year ? 0 : asOf.Year > year ? 12 : asOf.Month - 1;
        var tables = (await actuals.ComputeMonthEndsAsync(year, complete, unit, hierarchy, cancellationToken)).ToList();
        if (obligations.Count > 0 && complete < 12 && asOf.Year == year)
        {
            tables.Add(await actuals.ComputeAsync(year, asOf, hierarchy, cancellationToken));
        }

        var lines = obligations
            .Select(o => new IndicatorSeries(
                o.IndicatorCode,
                o.PlanCode,
                o.Floor,
                o.Stretch,
                monthEnds
                    .Select(
                        (_, i) => i < tables.Count ? tables[i].Find(unit, o.IndicatorCode)?.Value ?? 0 : (long?)null
                    )
                    .ToList(),
                monthEnds
                    .Select(end =>
                        o.Floor is { } floor
                            ? Math.Round(floor * ProgressRules.ElapsedShare(year, end), 2)
                            : (double?)null
                    )
                    .ToList()
            ))
            .ToList();
        return new ProgressSeries(unit, year, asOf, monthEnds, lines);
    }
}
