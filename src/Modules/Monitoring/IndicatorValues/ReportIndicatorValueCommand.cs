using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;
using Platform.BuildingBlocks.Mediation;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.IndicatorValues;

/// <summary>
/// A unit reports an indicator value it cannot get from activities or training (e.g. survey-based reach for AWARE_LF):
/// <paramref name="Value"/> people (or events), and for a percent indicator the <paramref name="Denominator"/> it is a
/// share of.
/// </summary>
[RequiresPermission(Permission.WriteMonitoring)]
internal sealed record ReportIndicatorValueCommand(
    string? UnitCode,
    int? Year,
    string? IndicatorCode,
    long? Value,
    long? Denominator,
    string? Source,
    DateOnly? ReportedOn
) : ICommand<ReportedValueView>;

internal sealed record ReportedValueView(
    string UnitCode,
    int Year,
    string IndicatorCode,
    long Value,
    long? Denominator,
    double? Percent,
    string Source,
    DateOnly ReportedOn
);

internal sealed class ReportIndicatorValueValidator : AbstractValidator<ReportIndicatorValueCommand>
{
    public ReportIndicatorValueValidator(TimeProvider clock, IStringLocalizer<MonitoringTexts> texts)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(c => c.UnitCode).NotEmpty().WithMessage(_ => texts["Activity.UnitCodeRequired"]);
        RuleFor(c => c.Year)
            .NotNull()
            .WithMessage(_ => texts["Value.YearRange", today.Year])
            .InclusiveBetween(2000, today.Year)
            .WithMessage(_ => texts["Value.YearRange", today.Year]);
        RuleFor(c => c.IndicatorCode)
            .Must(code => code is not null && MonitoredIndicators.Find(code) is { Reportable: true })
            .WithMessage(c =>
                texts[
                    "Value.NotReportable",
                    c.IndicatorCode ?? "",
                    string.Join(", ", MonitoredIndicators.ReportableCodes)
                ]
            );
        RuleFor(c => c.Value)
            .NotNull()
            .WithMessage(_ => texts["Value.ValueRange"])
            .GreaterThanOrEqualTo(0)
            .WithMessage(_ => texts["Value.ValueRange"]);
        RuleFor(c => c.Denominator)
            .NotNull()
            .WithMessage(_ => texts["Value.DenominatorRequired"])
            .GreaterThan(0)
            .WithMessage(_ => texts["Value.DenominatorRequired"])
            .When(c =>
                c.IndicatorCode is not null && MonitoredIndicators.Find(c.IndicatorCode)?.Measure == Measure.Percent
            );
        RuleFor(c => c.Denominator)
            .Must((c, d) => d is null || c.Value is null || d >= c.Value)
            .WithMessage(_ => texts["Value.DenominatorBelowValue"]);
        // Each check has its own message: FluentValidation's WithMessage names only the check before it.
        RuleFor(c => c.Source)
            .NotEmpty()
            .WithMessage(_ => texts["Value.SourceRequired"])
            .MaximumLength(500)
            .WithMessage(_ => texts["Value.SourceRequired"]);
        RuleFor(c => c.ReportedOn)
            .Must(d => d is null || d <= today)
            .WithMessage(_ => texts["Value.ReportedOnFuture", Activities.ActivityInputRules.Iso(today)]);
    }
}

/// <summary>
/// A value of a unit in the caller's scope; one of a unit outside it, or of a code the caller cannot see, is not found
/// (404) and nothing is written.
/// </summary>
internal sealed class ReportIndicatorValueHandler(
    MonitoringDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<ReportIndicatorValueCommand, ReportedValueView>
{
    public async Task<ReportedValueView> Handle(
        ReportIndicatorValueCommand request,
        CancellationToken cancellationToken
    )
    {
        var year = request.Year!.Value;
        // The unit as the year ends, else as it began (a unit that ended during the year).
        var (end, start) = (new DateOnly(year, 12, 31), new DateOnly(year, 1, 1));
        var on = (await sender.Send(new GetUnitTreeQuery(end, [request.UnitCode!]), cancellationToken)).Find(
            request.UnitCode!
        )
            is not null
            ? end
            : start;
        await sender.EnsureWritableAsync(
            caller.Scope, request.UnitCode!, on,
            texts["Value.UnitNotInForce", request.UnitCode!, year],
            texts["Value.UnitNotFound", request.UnitCode!, year],
            cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var value = await db.ReportedValues.SingleOrDefaultAsync(
            v => v.UnitCode == request.UnitCode && v.Year == year && v.IndicatorCode == request.IndicatorCode,
            cancellationToken
        );
        if (value is null)
        {
            value = new ReportedValue
            {
                UnitCode = request.UnitCode!,
                Year = year,
                IndicatorCode = request.IndicatorCode!,
                Source = string.Empty,
            };
            db.ReportedValues.Add(value);
        }

        value.Value = request.Value!.Value;
        value.Denominator = request.Denominator;
        value.Source = VietnameseText.Clean(request.Source);
        value.ReportedOn = request.ReportedOn ?? DateOnly.FromDateTime(now);
        value.RecordedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return new ReportedValueView(
            value.UnitCode,
            value.Year,
            value.IndicatorCode,
            value.Value,
            value.Denominator,
            value.Denominator is > 0 ? 100.0 * value.Value / value.Denominator.Value : null,
            value.Source,
            value.ReportedOn
        );
    }
}
