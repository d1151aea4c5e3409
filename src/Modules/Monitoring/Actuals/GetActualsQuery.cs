using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Actuals;

/// <summary>Actuals of a year as of a date (default today), optionally of one unit (and its figure only) or one
/// indicator.</summary>
[RequiresPermission(Permission.Read)]
internal sealed record GetActualsQuery(
    int Year,
    DateOnly? AsOf = null,
    string? UnitCode = null,
    string? IndicatorCode = null
) : IRequest<IReadOnlyList<ActualView>>;

internal sealed record ActualView(
    string UnitCode,
    string? Level,
    string? ParentUnitCode,
    int Year,
    string IndicatorCode,
    long Value,
    long? Denominator,
    double? Percent,
    bool Reported,
    DateOnly AsOf
);

internal sealed class GetActualsValidator : AbstractValidator<GetActualsQuery>
{
    public GetActualsValidator(IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage(_ => texts["Report.YearRange"]);
        RuleFor(q => q.IndicatorCode)
            .Must(c => c is null || MonitoredIndicators.Find(c) is not null)
            .WithMessage(q =>
                texts[
                    "Query.IndicatorUnknown",
                    q.IndicatorCode!,
                    string.Join(", ", MonitoredIndicators.All.Select(i => i.Code))
                ]
            );
    }
}

/// <summary>The actuals of the units in the caller's scope (a unit named outside it has none, as an unknown
/// one).</summary>
internal sealed class GetActualsHandler(ActualsCalculator calculator, ICurrentCaller caller, TimeProvider clock)
    : IRequestHandler<GetActualsQuery, IReadOnlyList<ActualView>>
{
    public async Task<IReadOnlyList<ActualView>> Handle(GetActualsQuery request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var table = await calculator.ComputeAsync(request.Year, asOf, cancellationToken);
        return table.All
            .Where(a => caller.Scope.Covers(a.UnitCode, a.ProvinceCode))
            .Where(a => request.UnitCode is null || a.UnitCode == request.UnitCode)
            .Where(a => request.IndicatorCode is null || a.IndicatorCode == request.IndicatorCode)
            .OrderBy(a => a.Level)
            .ThenBy(a => a.UnitCode, StringComparer.Ordinal)
            .ThenBy(a => a.IndicatorCode, StringComparer.Ordinal)
            .Select(a => new ActualView(
                a.UnitCode,
                a.Level?.ToString(),
                a.ParentUnitCode,
                a.Year,
                a.IndicatorCode,
                a.Value,
                a.Denominator,
                a.Percent,
                a.Reported,
                asOf
            ))
            .ToList();
    }
}
