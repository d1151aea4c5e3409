using Platform.Plans.Cascade.Rules;
using Platform.Plans.Catalogue;
using Platform.Plans.Contracts;
using Platform.Rules;

namespace Platform.Plans.Cascade;

/// <summary>
/// Computes the obligations of a parent's direct subordinates for every year of a period: the structure of each
/// cascade kind (which units, which denominator, apportioning, rotation) is here; every number comes from a rule.
/// Pure and in memory, so the generation handler, the benchmark and the tests share it.
/// </summary>
internal sealed class CascadeCalculator(ICascadeRules rules, NRulesCascade? nrules = null)
{
    private static readonly Indicator[] Ordered =
    [
        .. IndicatorCatalogue.All.Where(i => i.BasedOn is null),
        .. IndicatorCatalogue.All.Where(i => i.BasedOn is not null),
    ];

    /// <summary>Indicators another one is based on: only their drafts are looked up again.</summary>
    private static readonly HashSet<string> Bases = IndicatorCatalogue
        .All.Where(i => i.BasedOn is not null)
        .Select(i => i.BasedOn!)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<
        (int Rank, int Of, int Covered),
        string
    > RotationTexts = new();

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
        // Issue 16, while the switch is under way: the NRules rule set computes the cascade when it is registered.
        if (nrules is not null)
        {
            return nrules.Compute(input);
        }

        var drafts = new List<ObligationDraft>();
        var byKey = new Dictionary<(int UnitId, string Indicator, int Year), ObligationDraft>();
        var timesCovered = new Dictionary<(int UnitId, string Indicator), int>();
        var scratch = new RuleInput();
        foreach (var year in input.Years)
        {
            var units = input.Children.Where(c => c.ExistsIn(year)).ToList();
            if (units.Count == 0)
            {
                continue;
            }

            var level = units[0].Level;
            foreach (var indicator in Ordered)
            {
                if (
                    !input.ParentValues.TryGetValue((indicator.Code, year), out var parent)
                    || !CascadeKinds.IsCascaded(indicator.CascadeKind)
                    || !rules.AppliesAt(indicator.CascadeKind, level)
                )
                {
                    continue;
                }

                var computed = units.Select(u => NewDraft(u, year, indicator, parent, input.ParentPlanCode)).ToList();
                switch (indicator.CascadeKind)
                {
                    case CascadeKinds.ShareOfSubordinateUnits when level != UnitLevel.Province:
                        Rotate(computed, parent, timesCovered, input.Overrides);
                        break;
                    default:
                        var figures = indicator.DenominatorMetric is { } metric
                            ? input.Statistics.Metric(metric)
                            : null;
                        foreach (var draft in computed)
                        {
                            ComputeOne(draft, indicator, level, parent, input, byKey, figures, scratch);
                        }

                        if (indicator.CascadeKind == CascadeKinds.PercentOfDenominator)
                        {
                            SplitRemainder(
                                computed.Where(d => d.AwaitsSplit).ToList(),
                                indicator,
                                level,
                                parent,
                                computed,
                                input
                            );
                        }

                        break;
                }

                if (Bases.Contains(indicator.Code))
                {
                    foreach (var draft in computed)
                    {
                        byKey[(draft.Unit.Id, draft.IndicatorCode, year)] = draft;
                    }
                }

                drafts.AddRange(computed);
            }
        }

        return drafts;
    }

    private static ObligationDraft NewDraft(
        CascadeUnit unit,
        int year,
        Indicator indicator,
        ParentValue parent,
        string parentPlanCode
    ) =>
        new()
        {
            Unit = unit,
            Year = year,
            IndicatorCode = indicator.Code,
            Kind = indicator.CascadeKind,
            RateFloor = parent.RateFloor,
            RateStretch = parent.RateStretch,
            ParentPlanCode = parentPlanCode,
            ParentSource = parent.Source,
            ParentFloor = parent.CountFloor ?? parent.RateFloor,
            ParentStretch = parent.CountStretch ?? parent.RateStretch,
        };

    private void ComputeOne(
        ObligationDraft draft, Indicator indicator, UnitLevel level, ParentValue parent, Input input,
        Dictionary<(int UnitId, string Indicator, int Year), ObligationDraft> byKey,
        Dictionary<int, List<(int Year, long Value, string Source)>>? figures, RuleInput scratch)
    {
        var unit = draft.Unit;
        var template = new Template(draft.Year, input.SubordinatesOf(unit, draft.Year), parent.CountFloor is not null);
        if (indicator.DenominatorMetric is { } metric)
        {
            draft.DenominatorMetric = metric;
            var denominator = StatisticsLookup.Find(figures!, unit.Id, draft.Year);
            if (denominator is null && metric == StatisticMetrics.WorkingAgeLabourForce
                && input.Statistics.Find(unit.Id, StatisticMetrics.EmployedPersons, draft.Year) is { } employed)
            {
                // The NSO publishes employed persons per province, not the working-age labour force: the shipped figure
                // stands in, and the provenance says so (issue 14).
                denominator = employed;
                draft.DenominatorMetric = StatisticMetrics.EmployedPersons;
                draft.Fallback =
                    $"{StatisticMetrics.EmployedPersons} used: no {StatisticMetrics.WorkingAgeLabourForce} figure is "
                        + $"recorded for {unit.Name} for {draft.Year} or an earlier year";
            }

            if (denominator is { } found)
            {
                template.HasDenominator = true;
                template.Denominator = found.Value;
                draft.DenominatorValue = found.Value;
                draft.DenominatorYear = found.Year;
                draft.DenominatorSource = found.Source;
            }
        }

        (long? Floor, long? Stretch)? basis = null;
        if (indicator.BasedOn is { } basedOn)
        {
            basis = Effective(unit.Id, basedOn, draft.Year, byKey, input.Overrides);
        }

        // One RuleInput per Compute call, refilled for each evaluation: rules run synchronously and keep nothing.
        RuleInput For(double rate, bool stretch)
        {
            var ruleInput = template.Fill(scratch);
            ruleInput.Value = rate;
            if (basis is { } b && indicator.CascadeKind == CascadeKinds.ClassQuota)
            {
                var trainees = stretch ? b.Stretch ?? b.Floor : b.Floor;
                ruleInput.HasTrainees = trainees is not null;
                ruleInput.Trainees = trainees ?? 0;
            }
            else if (basis is { } covered && indicator.CascadeKind == CascadeKinds.PerCoveredUnit)
            {
                ruleInput.HasCovered = covered.Floor is not null;
                ruleInput.Covered = level == UnitLevel.Province ? covered.Floor ?? 0 : covered.Floor >= 1 ? 1 : 0;
            }

            return ruleInput;
        }

        var floor = draft.RateFloor is { } rf
            ? rules.Evaluate(indicator.CascadeKind, level, For(rf, stretch: false))
            : null;
        if (floor is not { } fired)
        {
            MarkMissing(draft, indicator, level);
            return;
        }

        if (fired.Rule.Method == RuleMethods.LargestRemainder)
        {
            draft.AwaitsSplit = true;
            return;
        }

        draft.RuleName = fired.Rule.FullName;
        draft.RuleVersion = fired.Rule.Version;
        draft.Floor = (long)fired.Value;
        // A class quota has a stretch when its trainees do, even if the minimum of classes has none.
        var stretchRate = draft.RateStretch
            ?? (
                indicator.CascadeKind == CascadeKinds.ClassQuota && basis?.Stretch is not null ? draft.RateFloor : null
            );
        if (
            stretchRate is { } rs
            && rules.Evaluate(indicator.CascadeKind, level, For(rs, stretch: true)) is { } stretchOutcome
        )
        {
            draft.Stretch = (long)stretchOutcome.Value;
        }
    }

    /// <summary>Communes without their own denominator share what the province's count leaves, by population, else
    /// equally.</summary>
    private void SplitRemainder(
        List<ObligationDraft> pending,
        Indicator indicator,
        UnitLevel level,
        ParentValue parent,
        List<ObligationDraft> all,
        Input input
    )
    {
        if (pending.Count == 0)
        {
            return;
        }

        var own = all.Where(d => !d.AwaitsSplit && !d.MissingData).ToList();
        var remainderFloor = Math.Max(0, (parent.CountFloor ?? 0) - own.Sum(d => d.Floor ?? 0));
        var remainderStretch = Math.Max(
            0,
            (parent.CountStretch ?? parent.CountFloor ?? 0) - own.Sum(d => d.Stretch ?? d.Floor ?? 0)
        );
        var outcome = rules.Evaluate(
            indicator.CascadeKind,
            level,
            new RuleInput
            {
                Value = parent.RateFloor ?? 0,
                HasParentCount = parent.CountFloor is not null,
                Remainder = remainderFloor,
                Year = pending[0].Year,
            }
        );
        if (outcome is not { } fired || fired.Rule.Method != RuleMethods.LargestRemainder)
        {
            pending.ForEach(d => MarkMissing(d, indicator, level));
            return;
        }

        var populations = pending
            .Select(d => input.Statistics.Find(d.Unit.Id, StatisticMetrics.Population, d.Year))
            .ToList();
        var byPopulation = populations.All(p => p is { Value: > 0 });
        var weights = byPopulation
            ? populations.Select(p => (double)p!.Value.Value).ToList()
            : pending.Select(_ => 1.0).ToList();
        var floors = Arithmetic.Apportion((long)fired.Value, weights);
        var stretches = parent.CountStretch is null ? floors : Arithmetic.Apportion(remainderStretch, weights);
        var fallback = byPopulation
            ? $"population weights ({string.Join(", ", populations.Select(p => p!.Value.Year).Distinct().Order())} "
                + $"figures), largest remainder"
            : "equal shares, largest remainder (population not recorded for every commune)";
        for (var i = 0; i < pending.Count; i++)
        {
            var draft = pending[i];
            draft.AwaitsSplit = false;
            draft.RuleName = fired.Rule.FullName;
            draft.RuleVersion = fired.Rule.Version;
            draft.Floor = floors[i];
            draft.Stretch = parent.CountStretch is null ? null : stretches[i];
            draft.Fallback =
                $"{fallback}; split of {remainderFloor:N0} left of the parent's {parent.CountFloor:N0} over "
                    + $"{pending.Count} units without their own {indicator.DenominatorMetric}";
            if (byPopulation)
            {
                draft.DenominatorMetric = StatisticMetrics.Population;
                draft.DenominatorValue = populations[i]!.Value.Value;
                draft.DenominatorYear = populations[i]!.Value.Year;
                draft.DenominatorSource = populations[i]!.Value.Source;
            }
        }
    }

    /// <summary>Share of units at commune level: the parent's count of communes, proposed by rotation (least covered
    /// first, then code).</summary>
    private void Rotate(
        List<ObligationDraft> drafts, ParentValue parent, Dictionary<(int UnitId, string Indicator), int> timesCovered,
        IReadOnlyDictionary<(int UnitId, string Indicator, int Year), (long? Floor, long? Stretch)> overrides)
    {
        var first = drafts[0];
        var indicator = IndicatorCatalogue.Get(first.IndicatorCode);
        if (
            parent.CountFloor is null
            || rules.Evaluate(
                first.Kind,
                first.Unit.Level,
                new RuleInput { Value = parent.RateFloor ?? 0, Year = first.Year }
            )
                is not { } fired
        )
        {
            drafts.ForEach(d => MarkMissing(d, indicator, d.Unit.Level));
            return;
        }

        var floorCount = parent.CountFloor.Value;
        var stretchCount = parent.CountStretch ?? floorCount;
        var ranked = drafts
            .OrderBy(d => timesCovered.GetValueOrDefault((d.Unit.Id, d.IndicatorCode)))
            .ThenBy(d => d.Unit.Code, StringComparer.Ordinal)
            .ToList();
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            var draft = ranked[rank];
            draft.RuleName = fired.Rule.FullName;
            draft.RuleVersion = fired.Rule.Version;
            draft.Floor = rank < floorCount ? (long)fired.Value : 0;
            draft.Stretch = parent.CountStretch is null ? null : rank < stretchCount ? (long)fired.Value : 0;
            var covered = timesCovered.GetValueOrDefault((draft.Unit.Id, draft.IndicatorCode));
            draft.Fallback = RotationTexts.GetOrAdd((rank + 1, ranked.Count, covered), k =>
                $"proposed by rotation: rank {k.Rank} of {k.Of} (covered {k.Covered} time(s) in earlier years)"
            );
            var effective =
                overrides.Count > 0
                && overrides.TryGetValue((draft.Unit.Id, draft.IndicatorCode, draft.Year), out var o)
                    ? o.Floor
                    : draft.Floor;
            if (effective >= 1)
            {
                timesCovered[(draft.Unit.Id, draft.IndicatorCode)] =
                    timesCovered.GetValueOrDefault((draft.Unit.Id, draft.IndicatorCode)) + 1;
            }
        }
    }

    private static (long? Floor, long? Stretch)? Effective(
        int unitId, string indicator, int year,
        Dictionary<(int UnitId, string Indicator, int Year), ObligationDraft> byKey,
        IReadOnlyDictionary<(int UnitId, string Indicator, int Year), (long? Floor, long? Stretch)> overrides)
    {
        if (overrides.Count > 0 && overrides.TryGetValue((unitId, indicator, year), out var overridden))
        {
            return overridden;
        }

        return byKey.TryGetValue((unitId, indicator, year), out var draft) && !draft.MissingData
            ? (draft.Floor, draft.Stretch)
            : (null, null);
    }

    private static void MarkMissing(ObligationDraft draft, Indicator indicator, UnitLevel level)
    {
        draft.MissingData = true;
        draft.AwaitsSplit = false;
        draft.RuleName = $"{indicator.CascadeKind}/no-rule-applies";
        draft.MissingReason =
            indicator.DenominatorMetric is { } metric && draft.DenominatorValue is null
                ? $"No {metric} figure is recorded for {draft.Unit.Name} for {draft.Year} or an earlier year, and no "
                    + $"rule of {indicator.CascadeKind} gives a {level.ToString().ToLowerInvariant()} a number without "
                    + $"it."
                : $"The parent's figure this obligation depends on is missing for {draft.Year}, so no rule of "
                    + $"{indicator.CascadeKind} gives a number.";
    }

    /// <summary>What every evaluation for one unit, indicator and year shares.</summary>
    private sealed class Template(int year, int subordinates, bool hasParentCount)
    {
        public double Denominator { get; set; }

        public bool HasDenominator { get; set; }

        public RuleInput Fill(RuleInput input)
        {
            input.Year = year;
            input.Subordinates = subordinates;
            input.HasParentCount = hasParentCount;
            input.Denominator = Denominator;
            input.HasDenominator = HasDenominator;
            input.Value = 0;
            input.Trainees = 0;
            input.HasTrainees = false;
            input.Covered = 0;
            input.HasCovered = false;
            input.Remainder = 0;
            return input;
        }
    }
}
