using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Platform.Rules;

/// <summary>
/// GRASSROOTS_CONF, UNITS_WITH_PLAN: a province must cover ceil(share × its communes in force that year). The communes
/// are proposed by rotation (those covered least often in earlier years first, then by code); a planner may change
/// the choice by overriding, as long as the province's floor stays met.
/// </summary>
public static class ShareOfSubordinateUnits
{
    public const string Kind = "share-of-subordinate-units";

    public static readonly KindInfo Info = new(
        Kind,
        "ShareOfSubordinateUnits.cs",
        "Tỉnh phải bao phủ: làm tròn lên tỷ lệ × số xã đang có hiệu lực trong năm. Các xã được đề xuất luân phiên "
            + "(xã ít được chọn nhất trong các năm trước được ưu tiên, rồi theo mã); người lập kế hoạch có thể điều "
            + "chỉnh, miễn là vẫn đạt mức sàn của tỉnh.",
        "A province must cover ceil(share × its communes in force that year). The communes are proposed by rotation "
            + "(those covered least often in earlier years first, then by code); a planner may change the choice by "
            + "overriding, as long as the province's floor stays met.",
        [
            new("GRASSROOTS_CONF 2021: 25% of 95 communes", Level.Province, new(25) { Subordinates = 95 },
                "province-share-of-communes", 24),
            new("GRASSROOTS_CONF 2024 floor: 15% of 95", Level.Province, new(15) { Subordinates = 95 },
                "province-share-of-communes", 15),
            new("GRASSROOTS_CONF 2024 stretch: 20% of 95", Level.Province, new(20) { Subordinates = 95 },
                "province-share-of-communes", 19),
            new("Dong Nai 2026: 70% of 95", Level.Province, new(70) { Subordinates = 95 }, "province-share-of-communes",
                67),
            new("a province without communes: missing data", Level.Province, new(70) { Subordinates = 0 }, null),
        ]);

    /// <summary>What a commune proposed this year is asked: one conference, one plan.</summary>
    public const long PerProposedCommune = 1;

    /// <summary>The few distinct texts of a rotation (rank, communes, times covered), made once: a national cascade
    /// proposes 33,000 communes.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int Rank, int Of, int Covered), string>
        RotationTexts = new();

    private static string RotationText(int rank, int of, int covered) =>
        RotationTexts.GetOrAdd((rank, of, covered), static k =>
            $"proposed by rotation: rank {k.Rank} of {k.Of} (covered {k.Covered} time(s) in earlier years)");

    public static long ShareOf(double percent, int units) => Arithmetic.Ceil(percent * units / 100);

    public static Obligation Province(string rule, Target t, Unit p) =>
        p.Subordinates(t.Year) is var n and > 0
            ? new Obligation
            {
                Unit = p,
                Target = t,
                Rule = rule,
                Floor = ShareOf(t.RateFloor, n),
                Stretch = t.RateStretch is { } rs ? ShareOf(rs, n) : null,
            }
            : Arithmetic.Missing(p, t);

    public static void Rotate(
        IContext ctx, IEnumerable<IGrouping<int, Unit>> groups, IEnumerable<Obligation> pos,
        IEnumerable<CommuneSplit> before, IEnumerable<Override> overrides)
    {
        var communesOf = groups.ToDictionary(
            g => g.Key, g => g.OrderBy(c => c.Code, StringComparer.Ordinal).ToList());
        var previous = before.ToDictionary(s => s.Parent.Unit.Id);
        ctx.InsertAll(pos.Select(po => Rotate(ctx.Rule.Name, po, communesOf.GetValueOrDefault(po.Unit.Id) ?? [],
            previous.GetValueOrDefault(po.Unit.Id)?.TimesCovered, overrides)).ToList());
    }

    /// <summary>The province's count of communes, proposed by rotation: least covered in earlier years first, then
    /// code. <paramref name="before"/> is indexed by position in the code-ordered communes.</summary>
    public static CommuneSplit Rotate(
        string rule, Obligation po, IReadOnlyList<Unit> communes, int[]? before, IEnumerable<Override> overrides)
    {
        var t = po.Target;
        var times = before is null ? new int[communes.Count] : (int[])before.Clone();
        var order = Enumerable.Range(0, communes.Count).Where(k => communes[k].ExistsIn(t.Year)).ToList();
        if (po.Missing || po.Floor is not { } floorCount)
        {
            return new CommuneSplit
            {
                Parent = po,
                Communes = [.. order.Select(k => Arithmetic.Missing(communes[k], t))],
                TimesCovered = times,
            };
        }

        order.Sort((a, b) => times[a] != times[b] ? times[a].CompareTo(times[b]) : a.CompareTo(b));
        var stretchCount = po.Stretch ?? floorCount;
        var result = new List<Obligation>(order.Count);
        for (var rank = 0; rank < order.Count; rank++)
        {
            var k = order[rank];
            var floor = rank < floorCount ? PerProposedCommune : 0;
            var proposal = new Obligation
            {
                Unit = communes[k],
                Target = t,
                Rule = rule,
                Floor = floor,
                Stretch = po.Stretch is null ? null : rank < stretchCount ? PerProposedCommune : 0,
                Fallback = RotationText(rank + 1, order.Count, times[k]),
            };
            result.Add(proposal);
            // What counts as coverage is the planner's choice where there is one.
            if (Arithmetic.Effective(proposal, overrides).Floor >= 1)
            {
                times[k]++;
            }
        }

        return new CommuneSplit { Parent = po, Communes = result, TimesCovered = times };
    }
}

[Name("share-of-subordinate-units/province-share-of-communes"), Tag(ShareOfSubordinateUnits.Kind)]
[Described("tỷ lệ × số xã của tỉnh, làm tròn lên", "share × communes of the province, rounded up")]
public sealed class ProvinceShareOfCommunes : Rule
{
    public override void Define()
    {
        IEnumerable<Unit> provinces = default!;
        Target t = default!;
        When()
            .Query(() => provinces, Arithmetic.Provinces)
            .Match(() => t, x => x.Kind == ShareOfSubordinateUnits.Kind);
        Then().Do(ctx => ctx.InsertAll(
            Arithmetic.ForEachUnit(t, provinces, p => ShareOfSubordinateUnits.Province(ctx.Rule.Name, t, p))));
    }
}

/// <summary>Fires once per target on its province obligations: in the first year the indicator has a target, or once
/// the rotation of its previous target year is known, so the years chain (a year without a target is passed
/// over).</summary>
[Name("share-of-subordinate-units/commune-proposed-by-rotation"), Tag(ShareOfSubordinateUnits.Kind)]
[Described(
    "1 cho mỗi xã được đề xuất trong năm, ưu tiên xã ít được chọn nhất trong các năm trước",
    "1 for each commune proposed this year, communes covered least in earlier years first")]
public sealed class CommuneProposedByRotation : Rule
{
    public override void Define()
    {
        IEnumerable<Override> overrides = default!;
        IEnumerable<IGrouping<int, Unit>> communes = default!;
        IGrouping<Target, Obligation> pos = default!;
        IEnumerable<CommuneSplit> before = default!;
        When()
            .Query(() => overrides, Arithmetic.Overrides)
            .Query(() => communes, Arithmetic.CommunesByProvince)
            .Query(() => pos, q => q.Match<Obligation>(o => o.Unit.Level == Level.Province,
                o => o.Target.Kind == ShareOfSubordinateUnits.Kind).GroupBy(o => o.Target))
            .Query(() => before, q => q.Match<CommuneSplit>(s => s.Parent.Target.Kind == ShareOfSubordinateUnits.Kind,
                s => s.Parent.Indicator == pos.Key.Indicator && s.Parent.Year == pos.Key.PreviousYear).Collect())
            .Having(() => pos.Key.PreviousYear == null || before.Any());
        Then().Do(ctx => ShareOfSubordinateUnits.Rotate(ctx, communes, pos, before, overrides));
    }
}
