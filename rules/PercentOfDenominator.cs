using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Platform.Rules;

/// <summary>
/// AWARE_LF, AWARE_VOL, COLLAB_TRAINED, STAFF_TRAINED, STEERING_TRAINED, CADRES_INFORMED: the unit keeps the same
/// percent; as a count, ceil(percent × the unit's own denominator for the year). A commune without its own
/// denominator takes a share of what its province's count leaves, by population (else equal shares), with the
/// largest-remainder method so the parts add up to the whole. A province without a denominator gets no number.
/// </summary>
public static class PercentOfDenominator
{
    public const string Kind = "percent-of-denominator";

    /// <summary>The weights of the split when every commune without a denominator has one.</summary>
    public const string Population = "population";

    public static readonly KindInfo Info = new(
        Kind,
        "PercentOfDenominator.cs",
        "Đơn vị giữ nguyên tỷ lệ phần trăm; quy ra số: làm tròn lên tỷ lệ × mẫu số của chính đơn vị trong năm. Xã "
            + "không có mẫu số riêng nhận một phần số còn lại của tỉnh, theo dân số (nếu thiếu thì chia đều), bằng "
            + "phương pháp số dư lớn nhất. Tỉnh không có mẫu số thì không có số: thiếu dữ liệu.",
        "The unit keeps the same percent; as a count, ceil(percent × the unit's own denominator for the year). A "
            + "commune without its own denominator takes a share of what its province's count leaves, by population "
            + "(else equal shares), by the largest remainder. A province without a denominator gets no number: "
            + "missing data.",
        [
            new("AWARE_LF 2023: 55% of 1,000,000", Level.Province, new(55) { Denominator = 1_000_000 },
                "province-own-denominator", 550_000),
            new("AWARE_VOL 2023: 25% of 1,000,000", Level.Province, new(25) { Denominator = 1_000_000 },
                "province-own-denominator", 250_000),
            new("COLLAB_TRAINED 2021 floor: 35% of 2,000", Level.Province, new(35) { Denominator = 2_000 },
                "province-own-denominator", 700),
            new("COLLAB_TRAINED 2021 stretch: 50% of 2,000", Level.Province, new(50) { Denominator = 2_000 },
                "province-own-denominator", 1_000),
            new("rounds up: 45% of 1,001", Level.Commune, new(45) { Denominator = 1_001 }, "commune-own-denominator",
                451),
            new("province without a denominator: no number", Level.Province, new(55), null),
            new("commune without a denominator: share of the province", Level.Commune, new(55) { Remainder = 1_234 },
                "commune-share-of-province-count", 1_234),
        ]);

    public static long PercentOf(double percent, long denominator) => Arithmetic.Ceil(percent * denominator / 100);

    /// <summary>The unit's own denominator, else the target's fallback metric (said in words), else none.</summary>
    public static Obligation Own(string rule, Target t, Unit unit) => Own(rule, t, unit, unit.Figure(t.Metric, t.Year));

    /// <summary>As above, with the unit's own figure already looked up.</summary>
    private static Obligation Own(string rule, Target t, Unit unit, Figure? own)
    {
        var fallback = t.Metric is null || own is not null ? null : Fallback(t, unit);
        if ((own ?? fallback?.Figure) is not { } denominator)
        {
            return Arithmetic.Missing(unit, t);
        }

        return new Obligation
        {
            Unit = unit,
            Target = t,
            Rule = rule,
            Floor = PercentOf(t.RateFloor, denominator.Value),
            Stretch = t.RateStretch is { } rs ? PercentOf(rs, denominator.Value) : null,
            Denominator = denominator,
            DenominatorMetric = fallback?.Metric ?? t.Metric,
            Fallback = fallback?.Text,
        };
    }

    private static (Figure Figure, string Metric, string Text)? Fallback(Target t, Unit unit) =>
        t.FallbackMetric is { } metric && unit.Figure(metric, t.Year) is { } figure
            ? (figure, metric, $"{metric} used: no {t.Metric} figure is recorded for {unit.Name} for {t.Year} or an "
                + "earlier year")
            : null;

    /// <summary>What a province's communes without a denominator share: the province obligation, those communes and
    /// the sum of the own-denominator obligations of the others.</summary>
    public sealed record Remainder(Obligation Parent, IReadOnlyList<Unit> Communes, long OwnFloor, long OwnStretch);

    public static void OwnCommunes(IContext ctx, IEnumerable<IGrouping<int, Unit>> groups, IEnumerable<Obligation> pos)
    {
        var communesOf = groups.ToDictionary(g => g.Key, g => g.OrderBy(c => c.Code, StringComparer.Ordinal));
        var splits = new List<CommuneSplit>();
        var remainders = new List<Remainder>();
        foreach (var po in pos)
        {
            var t = po.Target;
            var own = new List<Obligation>();
            var pending = new List<Unit>();
            foreach (var c in communesOf.GetValueOrDefault(po.Unit.Id) ?? Enumerable.Empty<Unit>())
            {
                if (!c.ExistsIn(t.Year))
                {
                    continue;
                }

                if (c.Figure(t.Metric, t.Year) is { } figure)
                {
                    own.Add(Own(ctx.Rule.Name, t, c, figure));
                }
                else
                {
                    pending.Add(c);
                }
            }

            splits.Add(new CommuneSplit { Parent = po, Communes = own });
            if (pending.Count > 0)
            {
                remainders.Add(new Remainder(po, pending, own.Sum(o => o.Floor ?? 0),
                    own.Sum(o => o.Stretch ?? o.Floor ?? 0)));
            }
        }

        ctx.InsertAll([.. splits, .. remainders]);
    }

    public static CommuneSplit Share(string rule, Remainder r)
    {
        var (po, t) = (r.Parent, r.Parent.Target);
        if (po.Missing || po.Floor is not { } parentFloor)
        {
            return new CommuneSplit { Parent = po, Communes = [.. r.Communes.Select(c => Arithmetic.Missing(c, t))] };
        }

        var remainderFloor = Math.Max(0, parentFloor - r.OwnFloor);
        var remainderStretch = Math.Max(0, (po.Stretch ?? parentFloor) - r.OwnStretch);
        var populations = r.Communes.Select(c => c.Figure(Population, t.Year)).ToList();
        var byPopulation = populations.All(p => p is { Value: > 0 });
        double[] weights = byPopulation
            ? [.. populations.Select(p => (double)p!.Value.Value)]
            : [.. r.Communes.Select(_ => 1.0)];
        var floors = Arithmetic.Apportion(remainderFloor, weights);
        var stretches = po.Stretch is null ? floors : Arithmetic.Apportion(remainderStretch, weights);
        var how = byPopulation
            ? $"population weights ({string.Join(", ", populations.Select(p => p!.Value.Year).Distinct().Order())} "
                + "figures), largest remainder"
            : "equal shares, largest remainder (population not recorded for every commune)";
        var fallback = $"{how}; split of {remainderFloor:N0} left of the parent's {parentFloor:N0} over "
            + $"{r.Communes.Count} units without their own {t.Metric}";
        return new CommuneSplit
        {
            Parent = po,
            Communes =
            [
                .. r.Communes.Select((c, i) => new Obligation
                {
                    Unit = c,
                    Target = t,
                    Rule = rule,
                    Floor = floors[i],
                    Stretch = po.Stretch is null ? null : stretches[i],
                    Denominator = byPopulation ? populations[i] : null,
                    DenominatorMetric = byPopulation ? Population : null,
                    Fallback = fallback,
                }),
            ],
        };
    }
}

[Name("percent-of-denominator/province-own-denominator"), Tag(PercentOfDenominator.Kind)]
[Described("tỷ lệ × mẫu số của chính tỉnh, làm tròn lên", "percent × the province's own denominator, rounded up")]
public sealed class ProvinceOwnDenominator : Rule
{
    public override void Define()
    {
        IEnumerable<Unit> provinces = default!;
        Target t = default!;
        When()
            .Query(() => provinces, Arithmetic.Provinces)
            .Match(() => t, x => x.Kind == PercentOfDenominator.Kind);
        Then().Do(ctx => ctx.InsertAll(
            Arithmetic.ForEachUnit(t, provinces, p => PercentOfDenominator.Own(ctx.Rule.Name, t, p))));
    }
}

[Name("percent-of-denominator/commune-own-denominator"), Tag(PercentOfDenominator.Kind)]
[Described("tỷ lệ × mẫu số của chính xã, làm tròn lên", "percent × the commune's own denominator, rounded up")]
public sealed class CommuneOwnDenominator : Rule
{
    public override void Define()
    {
        IEnumerable<IGrouping<int, Unit>> communes = default!;
        IGrouping<Target, Obligation> pos = default!;
        When()
            .Query(() => communes, Arithmetic.CommunesByProvince)
            .Query(() => pos, q => q.Match<Obligation>(o => o.Unit.Level == Level.Province,
                o => o.Target.Kind == PercentOfDenominator.Kind).GroupBy(o => o.Target));
        Then().Do(ctx => PercentOfDenominator.OwnCommunes(ctx, communes, pos));
    }
}

[Name("percent-of-denominator/commune-share-of-province-count"), Tag(PercentOfDenominator.Kind)]
[Described(
    "không có mẫu số riêng: một phần số còn lại của tỉnh, theo tỷ trọng dân số, nếu thiếu thì chia đều",
    "no denominator of its own: a share of what the province's count leaves, by population weights, else equal shares")]
public sealed class CommuneShareOfProvinceCount : Rule
{
    public override void Define()
    {
        IGrouping<Target, PercentOfDenominator.Remainder> remainders = default!;
        When().Query(() => remainders, q => q.Match<PercentOfDenominator.Remainder>().GroupBy(r => r.Parent.Target));
        Then().Do(ctx => ctx.InsertAll(remainders.Select(r => PercentOfDenominator.Share(ctx.Rule.Name, r)).ToList()));
    }
}
