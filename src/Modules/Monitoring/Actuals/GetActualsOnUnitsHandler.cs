using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Catalogue;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Actuals;

internal sealed class GetActualsOnUnitsValidator : AbstractValidator<GetActualsOnUnitsQuery>
{
    public GetActualsOnUnitsValidator(IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage(_ => texts["Report.YearRange"]);
        RuleFor(q => q.OnUnitsAt)
            .Must((q, at) => at is null || at >= new DateOnly(Math.Clamp(q.Year, 2000, 2100), 1, 1))
            .WithMessage(q => texts["Actuals.OnUnitsBeforeYear", $"{q.OnUnitsAt:dd/MM/yyyy}", q.Year]);
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

/// <summary>
/// The year's actuals, computed as <see cref="GetActualsQuery"/> computes them, carried onto the units in force on the
/// date asked through Plans' lineage shares: each old unit's value (and denominator) goes to its successors at its own
/// level, so a new province holds its old provinces' figures and a new commune its old communes'; a district's figures
/// need no carrying, its province already holds them.
/// </summary>
internal sealed class GetActualsOnUnitsHandler(
    ActualsCalculator calculator,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock
) : IRequestHandler<GetActualsOnUnitsQuery, IReadOnlyList<ActualOnUnit>>
{
    public async Task<IReadOnlyList<ActualOnUnit>> Handle(
        GetActualsOnUnitsQuery request,
        CancellationToken cancellationToken
    )
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (asOf, at) = (request.AsOf ?? today, request.OnUnitsAt ?? DefaultOnUnitsAt(request.Year, today));
        var unitCode = request.UnitCode is { } code
            ? (await sender.Send(new GetUnitQuery(code.Trim(), at), cancellationToken)).Code
            : null;
        var table = await calculator.ComputeAsync(request.Year, asOf, cancellationToken);
        var shares = (
            await sender.Send(new GetUnitSharesQuery(new DateOnly(request.Year, 1, 1), at), cancellationToken)
        )
            .Where(s => caller.Scope.Covers(s.ToCode, s.ToProvinceCode) && (unitCode is null || s.ToCode == unitCode))
            .ToLookup(s => s.FromCode, StringComparer.Ordinal);
        return Carry(
            table.All.Where(a => request.IndicatorCode is null || a.IndicatorCode == request.IndicatorCode),
            shares,
            asOf,
            at
        );
    }

    /// <summary>Today's units, or for a year still to come the units of its 1 January (figures are carried forward
    /// only).</summary>
    public static DateOnly DefaultOnUnitsAt(int year, DateOnly today) =>
        new DateOnly(year, 1, 1) > today ? new DateOnly(year, 1, 1) : today;

    /// <summary>The actuals carried over <paramref name="shares"/> and summed per unit and indicator, in unit and
    /// indicator order.</summary>
    public static IReadOnlyList<ActualOnUnit> Carry(
        IEnumerable<Actual> actuals,
        ILookup<string, UnitShare> shares,
        DateOnly asOf,
        DateOnly at
    )
    {
        var sums = new Dictionary<(string Unit, string Indicator), Sum>();
        foreach (var actual in actuals)
        {
            foreach (var share in shares[actual.UnitCode])
            {
                var key = (share.ToCode, actual.IndicatorCode);
                var sum = sums.TryGetValue(key, out var found) ? found : new Sum(share, actual.Year);
                sums[key] = sum with
                {
                    Value = sum.Value + share.Of(actual.Value),
                    Denominator = sum.Denominator is { } d && actual.Denominator is { } own ? d + share.Of(own) : null,
                    AllSame = sum.AllSame && share.Same,
                    Split = sum.Split || share.Split,
                    Predecessors = sum.Predecessors + 1,
                };
            }
        }

        return sums.OrderBy(s => s.Key.Unit, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Indicator, StringComparer.Ordinal)
            .Select(s =>
            {
                var (target, sum) = (s.Value.Target, s.Value);
                var method =
                    sum.Split ? StatisticMethod.EqualSplit
                    : sum.AllSame ? StatisticMethod.Direct
                    : StatisticMethod.Sum;
                return new ActualOnUnit(
                    target.ToCode,
                    target.ToName,
                    target.ToLevel,
                    target.ToProvinceCode,
                    sum.Year,
                    s.Key.Indicator,
                    sum.Value,
                    sum.Denominator,
                    Actual.PercentOf(sum.Value, sum.Denominator),
                    method, !sum.Split, sum.Predecessors, asOf, at);
            })
            .ToList();
    }

    private sealed record Sum(UnitShare Target, int Year)
    {
        public long Value { get; init; }

        public long? Denominator { get; init; } = 0;

        public bool AllSame { get; init; } = true;

        public bool Split { get; init; }

        public int Predecessors { get; init; }
    }
}
