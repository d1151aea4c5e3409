using System.Globalization;
using Platform.Plans.Texts;
using Platform.BuildingBlocks.Errors;
using NRules;
using Platform.Plans.Catalogue;
using Platform.Plans.Contracts;
using Platform.Rules;

namespace Platform.Plans.Cascade;

/// <summary>
/// Computes the obligations of a parent's direct subordinates for every year of a period with the NRules rule set
/// (rules/, ADR 0027): one session per parent, in which the parent's targets, its subordinate units with their
/// statistics, and the planners' overrides are facts. Below the nation the parent's own obligations are given as facts
/// and the commune rules fire on them. Pure and in memory, so the generation handler, the benchmark and the tests share
/// it.
/// </summary>
internal sealed class CascadeCalculator
{
    private const string Given = "given";
    private const int ParentId = 0;

    private readonly ISessionFactory factory;

    /// <summary>Compiles the rule set and runs its worked examples: a failing one stops start-up, naming the kind, the
    /// example and the reason (<see cref="RuleSetException"/>).</summary>
    public CascadeCalculator()
    {
        factory = RuleSet.Compile();
        try
        {
            RuleSet.CheckExamples(factory);
        }
        catch (RuleSetException failed)
        {
            throw new StartupConfigurationException(
                Wording.Get("Startup.RuleSet", CultureInfo.CurrentUICulture, failed.Example, failed.Kind,
                    failed.Reason),
                failed);
        }
    }

    public sealed record Input(
        string ParentPlanCode,
        IReadOnlyList<int> Years,
        IReadOnlyDictionary<(string Indicator, int Year), ParentValue> ParentValues,
        IReadOnlyList<CascadeUnit> Children,
        Func<CascadeUnit, int, int> SubordinatesOf,
        StatisticsLookup Statistics,
        IReadOnlyDictionary<(int UnitId, string Indicator, int Year), (long? Floor, long? Stretch)> Overrides);

    public List<ObligationDraft> Compute(Input input)
    {
        if (input.Children.Count == 0 || input.Years.Count == 0)
        {
            return [];
        }

        var run = Insert(CreateSession(), input);
        run.Session.Fire();
        return run.Drafts();
    }

    /// <summary>The phases of <see cref="Compute"/> apart, so the benchmark can say where the rule network costs:
    /// creating the session, inserting the facts (the network's joins and aggregates run as they go in), firing (the
    /// rules' actions, and the facts they insert going through the network) and reading the drafts.</summary>
    internal ISession CreateSession() => factory.CreateSession();

    /// <summary>Inserts the input's facts into <paramref name="session"/>; the session is not fired yet.</summary>
    internal static Run Insert(ISession session, Input input)
    {
        var communes = input.Children[0].Level is not UnitLevel.Province;
        var children = input.Children.ToDictionary(c => c.Id);
        var units = input.Children.Select(c => Fact(c, input, communes)).ToList();
        var parent = new Unit
        {
            Id = ParentId, Code = input.ParentPlanCode, Level = Level.Province, ValidFrom = DateOnly.MinValue,
        };
        session.InsertAll(units);
        session.InsertAll(input.Overrides.Select(o =>
            new Override(o.Key.UnitId, o.Key.Indicator, o.Key.Year, o.Value.Floor, o.Value.Stretch)));
        bool Targeted(string code, int year) =>
            input.ParentValues.TryGetValue((code, year), out var v) && v.RateFloor is not null
            && input.Years.Contains(year);
        var wanted = communes ? Level.Commune : Level.Province;
        var unanswered = new List<Obligation>();
        foreach (var ((code, year), value) in input.ParentValues)
        {
            var indicator = IndicatorCatalogue.Get(code);
            if (!input.Years.Contains(year) || !CascadeKinds.IsCascaded(indicator.CascadeKind))
            {
                continue;
            }

            var target = new Target(code, indicator.CascadeKind, year, value.RateFloor ?? 0, value.RateStretch,
                indicator.DenominatorMetric, indicator.BasedOn,
                indicator.DenominatorMetric == StatisticMetrics.WorkingAgeLabourForce
                    ? StatisticMetrics.EmployedPersons
                    : null,
                BasisTargeted: indicator.BasedOn is not { } basis || Targeted(basis, year),
                PreviousYear: input.Years.Where(y => y < year && Targeted(code, y)).Select(y => (int?)y).Max());
            if (value.RateFloor is null)
            {
                // A target without a floor rate gives no rule anything to compute: missing data for every unit the
                // kind's rules would have given a number.
                if (RuleSet.AppliesAt(target.Kind, wanted))
                {
                    unanswered.AddRange(units.Where(u => u.ExistsIn(year)).Select(u =>
                        Arithmetic.Missing(u, target, u.Figure(target.Metric, year))));
                }

                continue;
            }

            session.Insert(communes
                ? new Obligation
                {
                    Unit = parent, Target = target, Rule = Given, Floor = value.CountFloor,
                    Stretch = value.CountStretch, Missing = value.CountFloor is null,
                }
                : target);
        }

        return new Run(session, input, children, wanted, unanswered);
    }

    /// <summary>A session with one parent's facts, and what reading its obligations back needs.</summary>
    internal sealed record Run(
        ISession Session, Input Input, Dictionary<int, CascadeUnit> Children, Level Wanted, List<Obligation> Unanswered)
    {
        /// <summary>The obligations of the parent's subordinates, once the session has fired.</summary>
        public List<ObligationDraft> Drafts() =>
        [
            // NRules' Query is an IQueryable: without AsEnumerable every operator after it would build an expression
            // tree and compile it, a few milliseconds a session (the benchmark's "read" phase, 200 ms a cascade).
            .. Session.Query<Obligation>().AsEnumerable()
                .Concat(Session.Query<CommuneSplit>().AsEnumerable().SelectMany(s => s.Communes))
                .Concat(Unanswered)
                .Where(o => o.Rule != Given && o.Unit.Level == Wanted && Children.ContainsKey(o.Unit.Id))
                .Select(o => Draft(o, Input, Children[o.Unit.Id])),
        ];
    }

    private static Unit Fact(CascadeUnit unit, Input input, bool commune) =>
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

    private static ObligationDraft Draft(Obligation o, Input input, CascadeUnit unit)
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

        private static string MissingReason(Indicator indicator, CascadeUnit unit, int year, Figure? found) =>
        indicator.DenominatorMetric is { } metric && found is null
            ? $"No {metric} figure is recorded for {unit.Name} for {year} or an earlier year, and no rule of "
                + $"{indicator.CascadeKind} gives a {unit.Level.ToString().ToLowerInvariant()} a number without it."
            : $"The parent's figure this obligation depends on is missing for {year}, so no rule of "
                + $"{indicator.CascadeKind} gives a number.";
}
