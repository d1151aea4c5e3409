using NRules;
using Platform.Plans.Catalogue;
using Platform.Plans.Contracts;
using Platform.Rules;

namespace Platform.Plans.Cascade;

/// <summary>
/// The cascade on the NRules rule set (rules/, issue 16): the same input and drafts as <see cref="CascadeCalculator"/>,
/// computed by one session. Below the nation the parent's obligations are given as facts and the commune rules fire on
/// them. Not yet wired by default: <see cref="CascadeCalculator"/> hands a generation over when this is
/// registered.
/// </summary>
internal sealed class NRulesCascade
{
    private const string Given = "given";
    private const int ParentId = 0;

    private readonly ISessionFactory factory = RuleSet.Compile();

    public List<ObligationDraft> Compute(CascadeCalculator.Input input)
    {
        if (input.Children.Count == 0 || input.Years.Count == 0)
        {
            return [];
        }

        var communes = input.Children[0].Level is not UnitLevel.Province;
        var children = input.Children.ToDictionary(c => c.Id);
        var units = input.Children.Select(c => Fact(c, input, communes)).ToList();
        var parent = new Unit
        {
            Id = ParentId, Code = input.ParentPlanCode, Level = Level.Province, ValidFrom = DateOnly.MinValue,
        };
        var session = factory.CreateSession();
        session.Insert(new Period(input.Years.Min(), input.Years.Max()));
        session.InsertAll(units);
        session.InsertAll(input.Overrides.Select(o =>
            new Override(o.Key.UnitId, o.Key.Indicator, o.Key.Year, o.Value.Floor, o.Value.Stretch)));
        foreach (var ((code, year), value) in input.ParentValues)
        {
            var indicator = IndicatorCatalogue.Get(code);
            if (!input.Years.Contains(year) || !CascadeKinds.IsCascaded(indicator.CascadeKind)
                || value.RateFloor is not { } rateFloor)
            {
                continue;
            }

            var target = new Target(code, indicator.CascadeKind, year, rateFloor, value.RateStretch,
                indicator.DenominatorMetric, indicator.BasedOn,
                indicator.DenominatorMetric == StatisticMetrics.WorkingAgeLabourForce
                    ? StatisticMetrics.EmployedPersons
                    : null);
            session.Insert(communes
                ? new Obligation
                {
                    Unit = parent, Target = target, Rule = Given, Floor = value.CountFloor,
                    Stretch = value.CountStretch, Missing = value.CountFloor is null,
                }
                : target);
        }

        session.Fire();
        var wanted = communes ? Level.Commune : Level.Province;
        return
        [
            .. session.Query<Obligation>().Concat(session.Query<CommuneSplit>().SelectMany(s => s.Communes))
                .Where(o => o.Rule != Given && o.Unit.Level == wanted && children.ContainsKey(o.Unit.Id))
                .Select(o => Draft(o, input, children[o.Unit.Id])),
        ];
    }

    private static Unit Fact(CascadeUnit unit, CascadeCalculator.Input input, bool commune) =>
        new()
        {
            Id = unit.Id,
            Code = unit.Code,
            Name = unit.Name,
            Level = commune ? Level.Commune : Level.Province,
            ParentId = commune ? ParentId : null,
            ValidFrom = unit.ValidFrom,
            ValidTo = unit.ValidTo,
            Figures = (metric, year) => input.Statistics.Find(unit.Id, metric, year) is { } d
                ? new Figure(d.Value, d.Year, d.Source)
                : null,
            Subordinates = year => input.SubordinatesOf(unit, year),
        };

    private static ObligationDraft Draft(Obligation o, CascadeCalculator.Input input, CascadeUnit unit)
    {
        var value = input.ParentValues[(o.Indicator, o.Year)];
        var indicator = IndicatorCatalogue.Get(o.Indicator);
        return new ObligationDraft
        {
            Unit = unit,
            Year = o.Year,
            IndicatorCode = o.Indicator,
            Kind = o.Kind,
            RateFloor = value.RateFloor,
            RateStretch = value.RateStretch,
            ParentPlanCode = input.ParentPlanCode,
            ParentSource = value.Source,
            ParentFloor = value.CountFloor ?? value.RateFloor,
            ParentStretch = value.CountStretch ?? value.RateStretch,
            RuleName = o.Rule,
            RuleVersion = o.Missing ? "none" : RuleSet.VersionOf(o.Kind),
            Floor = o.Floor,
            Stretch = o.Stretch,
            MissingData = o.Missing,
            MissingReason = o.Missing ? MissingReason(indicator, unit, o.Year, o.Denominator) : null,
            DenominatorMetric = o.DenominatorMetric ?? indicator.DenominatorMetric,
            DenominatorValue = o.Denominator?.Value,
            DenominatorYear = o.Denominator?.Year,
            DenominatorSource = o.Denominator?.Source,
            Fallback = o.Fallback,
        };
    }

    /// <summary>As <see cref="CascadeCalculator"/> says it.</summary>
    private static string MissingReason(Indicator indicator, CascadeUnit unit, int year, Figure? found) =>
        indicator.DenominatorMetric is { } metric && found is null
            ? $"No {metric} figure is recorded for {unit.Name} for {year} or an earlier year, and no rule of "
                + $"{indicator.CascadeKind} gives a {unit.Level.ToString().ToLowerInvariant()} a number without it."
            : $"The parent's figure this obligation depends on is missing for {year}, so no rule of "
                + $"{indicator.CascadeKind} gives a number.";
}
