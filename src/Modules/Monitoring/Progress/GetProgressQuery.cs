using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Progress;

internal sealed class GetProgressValidator : AbstractValidator<GetProgressQuery>
{
    public GetProgressValidator(IStringLocalizer<MonitoringTexts> texts)
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

/// <summary>Progress of the obligations of units in the caller's scope.</summary>
internal sealed class GetProgressHandler(
    ActualsCalculator actuals,
    ProgressCalculator progress,
    ICurrentCaller caller,
    TimeProvider clock
) : IRequestHandler<GetProgressQuery, IReadOnlyList<ProgressRow>>
{
    public async Task<IReadOnlyList<ProgressRow>> Handle(GetProgressQuery request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var table = await actuals.ComputeAsync(request.Year, asOf, cancellationToken);
        var rows = await progress.ComputeAsync(table, asOf, request.UnitCode, cancellationToken);
        return rows
            .Where(r => caller.Scope.Covers(r.UnitCode, r.ProvinceCode))
            .Where(r => request.PlanCode is null || r.PlanCode == request.PlanCode)
            .Where(r => request.IndicatorCode is null || r.IndicatorCode == request.IndicatorCode)
            .Where(r => request.Status is null || r.Status == request.Status)
            .OrderBy(r => r.Level)
            .ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .ThenBy(r => r.IndicatorCode, StringComparer.Ordinal)
            .ToList();
    }
}
