using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Platform.Rules;

/// <summary>
/// GRASSROOTS_CONF_COUNT: each commune covered by GRASSROOTS_CONF holds 2–4 conferences (Đồng Nai 2026–2030). The
/// province total is the count per commune × the communes it must cover; a commune's is the count if it is proposed,
/// else 0.
/// </summary>
public static class PerCoveredUnit
{
    public const string Kind = "per-covered-unit";

    public static readonly KindInfo Info = new(
        Kind,
        "PerCoveredUnit.cs",
        "Mỗi xã được bao phủ theo chỉ tiêu gốc tổ chức số hội nghị cho mỗi xã. Tổng của tỉnh là số cho mỗi xã × số xã "
            + "tỉnh phải bao phủ; của xã là số đó nếu xã được đề xuất, nếu không thì 0.",
        "Each commune covered by the indicator it is based on holds the count per commune. The province total is the "
            + "count per commune × the communes it must cover; a commune's is the count if it is proposed, else 0.",
        [
            new("Dong Nai 2026 floor: 2 × 67", Level.Province, new(2) { Covered = 67 }, "province-per-covered-commune",
                134),
            new("Dong Nai 2026 stretch: 4 × 67", Level.Province, new(4) { Covered = 67 },
                "province-per-covered-commune", 268),
            new("a covered commune", Level.Commune, new(2) { Covered = 1 }, "commune-if-covered", 2),
            new("coverage unknown: missing data", Level.Province, new(2), null),
        ]);

    public static long PerCovered(double perUnit, long covered) => Arithmetic.Ceil(perUnit * covered);

    /// <summary>For a province, the communes it must cover; for a commune, 1 if it is proposed, else 0.</summary>
    public static Obligation For(
        string rule, Target t, Obligation basis, bool commune, IEnumerable<Override> overrides)
    {
        if (Arithmetic.Effective(basis, overrides).Floor is not { } floor)
        {
            return Arithmetic.Missing(basis.Unit, t);
        }

        var covered = commune ? floor >= 1 ? 1 : 0 : floor;
        return new Obligation
        {
            Unit = basis.Unit,
            Target = t,
            Rule = rule,
            Floor = PerCovered(t.RateFloor, covered),
            Stretch = t.RateStretch is { } rs ? PerCovered(rs, covered) : null,
        };
    }

    /// <summary>Missing data for every commune in force: the province sets the basis no target that year.</summary>
    public static List<CommuneSplit> Unknown(IEnumerable<Obligation> pos, IEnumerable<IGrouping<int, Unit>> communes)
    {
        var communesOf = communes.ToDictionary(g => g.Key);
        return
        [
            .. pos.Select(po => new CommuneSplit
            {
                Parent = po,
                Communes = Arithmetic.ForEachUnit(
                    po.Target,
                    communesOf.GetValueOrDefault(po.Unit.Id) ?? Enumerable.Empty<Unit>(),
                    c => Arithmetic.Missing(c, po.Target)),
            }),
        ];
    }

    public static List<CommuneSplit> Communes(
        string rule, IEnumerable<Obligation> pos, IEnumerable<CommuneSplit> basis, IEnumerable<Override> overrides)
    {
        var byProvince = basis.ToDictionary(s => s.Parent.Unit.Id);
        return
        [
            .. pos.Where(po => byProvince.ContainsKey(po.Unit.Id)).Select(po => new CommuneSplit
            {
                Parent = po,
                Communes =
                [
                    .. byProvince[po.Unit.Id].Communes.Select(b => For(rule, po.Target, b, commune: true, overrides)),
                ],
            }),
        ];
    }
}

[Name("per-covered-unit/province-per-covered-commune"), Tag(PerCoveredUnit.Kind)]
[Described("số cho mỗi xã × số xã tỉnh phải bao phủ", "per commune × communes the province must cover")]
public sealed class ProvincePerCoveredCommune : Rule
{
    public override void Define()
    {
        IEnumerable<Override> overrides = default!;
        IEnumerable<Unit> provinces = default!;
        Target t = default!;
        IEnumerable<Obligation> basis = default!;
        When()
            .Query(() => overrides, Arithmetic.Overrides)
            .Query(() => provinces, Arithmetic.Provinces)
            .Match(() => t, x => x.Kind == PerCoveredUnit.Kind)
            .Query(() => basis, q => q.Match<Obligation>(o => o.Unit.Level == Level.Province,
                o => o.Indicator == t.BasedOn && o.Year == t.Year).Collect())
            .Having(() => basis.Any() || !t.BasisTargeted);
        // Without a target for the basis that year, coverage is unknown: missing data for every province.
        Then().Do(ctx => ctx.InsertAll(t.BasisTargeted
            ? basis.Select(b => PerCoveredUnit.For(ctx.Rule.Name, t, b, false, overrides)).ToList()
            : Arithmetic.ForEachUnit(t, provinces, p => Arithmetic.Missing(p, t))));
    }
}

[Name("per-covered-unit/commune-if-covered"), Tag(PerCoveredUnit.Kind)]
[Described("số cho mỗi xã nếu xã được bao phủ trong năm, nếu không thì 0",
    "per commune if the commune is covered this year, else 0")]
public sealed class CommuneIfCovered : Rule
{
    public override void Define()
    {
        IEnumerable<Override> overrides = default!;
        IEnumerable<IGrouping<int, Unit>> communes = default!;
        IGrouping<Target, Obligation> pos = default!;
        IEnumerable<CommuneSplit> basis = default!;
        When()
            .Query(() => overrides, Arithmetic.Overrides)
            .Query(() => communes, Arithmetic.CommunesByProvince)
            .Query(() => pos, q => q.Match<Obligation>(o => o.Unit.Level == Level.Province,
                o => o.Target.Kind == PerCoveredUnit.Kind).GroupBy(o => o.Target))
            .Query(() => basis, q => q.Match<CommuneSplit>(
                s => s.Parent.Indicator == pos.Key.BasedOn && s.Parent.Year == pos.Key.Year).Collect())
            .Having(() => basis.Any() || !pos.Key.BasisTargeted);
        Then().Do(ctx => ctx.InsertAll(pos.Key.BasisTargeted
            ? PerCoveredUnit.Communes(ctx.Rule.Name, pos, basis, overrides)
            : PerCoveredUnit.Unknown(pos, communes)));
    }
}
