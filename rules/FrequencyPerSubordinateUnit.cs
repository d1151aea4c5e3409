using NRules.Fluent.Dsl;

namespace Platform.Rules;

/// <summary>RADIO_VOL: at least 2 broadcasts a week on each commune's radio, so 2 × 52 = 104 a year per commune; the
/// province total is the sum over its communes.</summary>
public static class FrequencyPerSubordinateUnit
{
    public const string Kind = "frequency-per-subordinate-unit";

    public const int WeeksPerYear = 52;

    public static readonly KindInfo Info = new(
        Kind,
        "FrequencyPerSubordinateUnit.cs",
        "Số lần mỗi tuần trên đài của mỗi xã, nên 2 × 52 = 104 lần mỗi năm cho mỗi xã; tổng của tỉnh là tổng các xã.",
        "Times a week on each commune's radio, so 2 × 52 = 104 a year per commune; the province total is the sum over "
            + "its communes.",
        [
            new("each commune: 104 a year", Level.Commune, new(2), "commune-weekly-over-a-year", 104),
            new("a province of 95 communes: 9,880", Level.Province, new(2) { Subordinates = 95 },
                "province-sum-of-communes", 9_880),
        ]);

    public static Obligation Weekly(string rule, Target t, Unit unit, int units) =>
        new()
        {
            Unit = unit,
            Target = t,
            Rule = rule,
            Floor = Arithmetic.Ceil(t.RateFloor * WeeksPerYear * units),
            Stretch = t.RateStretch is { } rs ? Arithmetic.Ceil(rs * WeeksPerYear * units) : null,
        };

    public static List<CommuneSplit> Communes(
        string rule, IEnumerable<IGrouping<int, Unit>> groups, IEnumerable<Obligation> pos)
    {
        var communesOf = groups.ToDictionary(g => g.Key, g => g.OrderBy(c => c.Code, StringComparer.Ordinal));
        return
        [
            .. pos.Select(po => new CommuneSplit
            {
                Parent = po,
                Communes =
                [
                    .. (communesOf.GetValueOrDefault(po.Unit.Id) ?? Enumerable.Empty<Unit>())
                        .Where(c => c.ExistsIn(po.Year))
                        .Select(c => Weekly(rule, po.Target, c, 1)),
                ],
            }),
        ];
    }
}

[Name("frequency-per-subordinate-unit/province-sum-of-communes"), Tag(FrequencyPerSubordinateUnit.Kind)]
[Described("số lần mỗi tuần × 52 tuần × số xã của tỉnh", "per week × 52 weeks × communes of the province")]
public sealed class ProvinceSumOfCommunes : Rule
{
    public override void Define()
    {
        IEnumerable<Unit> provinces = default!;
        Target t = default!;
        When()
            .Query(() => provinces, Arithmetic.Provinces)
            .Match(() => t, x => x.Kind == FrequencyPerSubordinateUnit.Kind);
        Then().Do(ctx => ctx.InsertAll(Arithmetic.ForEachUnit(t, provinces,
            p => FrequencyPerSubordinateUnit.Weekly(ctx.Rule.Name, t, p, p.Subordinates(t.Year)))));
    }
}

[Name("frequency-per-subordinate-unit/commune-weekly-over-a-year"), Tag(FrequencyPerSubordinateUnit.Kind)]
[Described("số lần mỗi tuần × 52 tuần", "per week × 52 weeks")]
public sealed class CommuneWeeklyOverAYear : Rule
{
    public override void Define()
    {
        IEnumerable<IGrouping<int, Unit>> communes = default!;
        IGrouping<Target, Obligation> pos = default!;
        When()
            .Query(() => communes, Arithmetic.CommunesByProvince)
            .Query(() => pos, q => q.Match<Obligation>(o => o.Unit.Level == Level.Province,
                o => o.Target.Kind == FrequencyPerSubordinateUnit.Kind).GroupBy(o => o.Target));
        Then().Do(ctx => ctx.InsertAll(FrequencyPerSubordinateUnit.Communes(ctx.Rule.Name, communes, pos)));
    }
}
