using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.Statistics.OnUnits;

internal sealed class GetStatisticsOnUnitsValidator : AbstractValidator<GetStatisticsOnUnitsQuery>
{
    public GetStatisticsOnUnitsValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(q => q.Metric)
            .NotEmpty()
            .WithMessage(_ => texts["Statistics.MetricMissing", string.Join(", ", StatisticMetrics.All)])
            .Must(StatisticMetrics.IsKnown)
            .When(q => !string.IsNullOrEmpty(q.Metric), ApplyConditionTo.CurrentValidator)
            .WithMessage(q => texts["Statistics.MetricRequired", q.Metric, string.Join(", ", StatisticMetrics.All)]);
        RuleFor(q => q.Year).InclusiveBetween(1945, 2100).When(q => q.Year is not null)
            .WithMessage(q => texts["Statistics.YearRange", q.Year ?? 0]);
    }
}

/// <summary>
/// Reads the view <c>plans_v_statistics_on_units</c> (ADR 0019) for the unit versions in force on the date asked; the
/// view's query filter holds it to the caller's scope, and a unit named outside it, or not in force then, is not found
/// exactly as <see cref="GetUnitQuery"/> says.
/// </summary>
internal sealed class GetStatisticsOnUnitsHandler(PlansDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetStatisticsOnUnitsQuery, IReadOnlyList<StatisticOnUnit>>
{
    public async Task<IReadOnlyList<StatisticOnUnit>> Handle(
        GetStatisticsOnUnitsQuery request,
        CancellationToken cancellationToken
    )
    {
        var at = request.OnUnitsAt ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = db.StatisticOnUnitRows.AsNoTracking()
            .Where(r => r.Metric == request.Metric && r.ValidFrom <= at && (r.ValidTo == null || r.ValidTo >= at));
        if (request.Year is { } year)
        {
            rows = rows.Where(r => r.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            var unit = await mediator.Send(new GetUnitQuery(request.UnitCode.Trim(), at), cancellationToken);
            rows = rows.Where(r => r.UnitCode == unit.Code);
        }

        var found = await rows.OrderBy(r => r.UnitCode).ThenBy(r => r.Year).ToListAsync(cancellationToken);
        return found.Select(r => new StatisticOnUnit(
                r.UnitCode, r.UnitName, Enum.Parse<UnitLevel>(r.Level), r.ProvinceCode, r.Year, r.Metric, r.Value,
                Enum.Parse<StatisticMethod>(r.Method), r.Exact, r.MissingPredecessors, r.Source))
            .ToList();
    }
}
