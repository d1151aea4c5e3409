using NRules;
using NRules.Fluent.Dsl;

namespace Platform.Rules;

/// <summary>The tiers a campaign's quota lands on: a campaign level, so districts are one (issue 18), unlike
/// <see cref="Level"/>.</summary>
public enum Tier
{
    Province,
    District,
    Commune,
}

/// <summary>How a campaign quota's rate becomes a count.</summary>
public enum QuotaBasis
{
    /// <summary>The rate for each unit of the quota's tier ("01 đội/01 huyện").</summary>
    PerUnit,

    /// <summary>The rate is a percent of a figure of the province ("50% chỉ tiêu kế hoạch năm 2020").</summary>
    ShareOfFigure,
}

/// <summary>Why an allotment has no number: a code the caller renders in Vietnamese and English.</summary>
public enum MissingBecause
{
    /// <summary>The province has no unit of the tier on the campaign's structure date (districts after 1 July
    /// 2025): the planner chooses another basis, e.g. per commune (a <see cref="Rebase"/>).</summary>
    NoUnitOfTier,

    /// <summary>The province has no figure of the quota's metric for its year or an earlier one.</summary>
    NoFigure,
}

/// <summary>
/// A unit in force on the campaign's structure date (the caller inserts no other), with its tier and province: a
/// province's <see cref="ProvinceId"/> is its own id. Its figures are looked up by the caller (the year's, else the
/// latest earlier one), as for <see cref="Unit"/>.
/// </summary>
public sealed class CampaignUnit
{
    public required int Id { get; init; }

    public required string Code { get; init; }

    public string Name { get; init; } = "";

    public required Tier Tier { get; init; }

    public int? ParentId { get; init; }

    public required int ProvinceId { get; init; }

    /// <summary>The figure of a metric for a year, or null.</summary>
    public Func<string, int, Figure?> Figures { get; init; } = static (_, _) => null;
}

/// <summary>One quota of a campaign as the planner defines it: "1 team per district", "50% of the year's
/// figure". Quota codes are unique in a run.</summary>
/// <param name="Tier">The units the quota lands on; Province for a share of a figure.</param>
/// <param name="RateFloor">Per unit, or a percent for <see cref="QuotaBasis.ShareOfFigure"/>.</param>
/// <param name="Metric">The figure of a share (<see cref="QuotaBasis.ShareOfFigure"/> only).</param>
/// <param name="MetricYear">The year of that figure.</param>
public sealed record CampaignTarget(
    string QuotaCode,
    Tier Tier,
    QuotaBasis Basis,
    double RateFloor,
    double? RateStretch = null,
    string? Metric = null,
    int? MetricYear = null
);

/// <summary>A planner's re-base of one province's per-unit quota onto the units of another tier (e.g. per commune
/// when the province has no district), with the reason given. At most one per province and quota; a share of a
/// figure is not re-based.</summary>
public sealed record Rebase(int ProvinceId, string QuotaCode, Tier Tier, string Reason);

/// <summary>What one unit must achieve for one campaign quota, and the rule that said so.</summary>
public sealed class Allotment
{
    public required CampaignUnit Unit { get; init; }

    public required CampaignTarget Target { get; init; }

    public required string Rule { get; init; }

    /// <summary>The tier the number was computed over: the target's, the re-base's, Province for a share of a
    /// figure.</summary>
    public required Tier Tier { get; init; }

    /// <summary>The province's re-base the number follows, if any (carried down to the units below it).</summary>
    public Rebase? Rebase { get; init; }

    /// <summary>The units of <see cref="Tier"/> the rate was multiplied by (1 for a unit below the province and for a
    /// province-tier quota; none for a share of a figure).</summary>
    public int? UnitCount { get; init; }

    public long? Floor { get; init; }

    public long? Stretch { get; init; }

    public MissingBecause? MissingBecause { get; init; }

    public bool Missing => MissingBecause is not null;

    public Figure? Denominator { get; init; }

    public string? DenominatorMetric { get; init; }
}

/// <summary>The allotments of the units below one province allotment, computed once for the province.</summary>
public sealed class AllotmentSplit
{
    public required Allotment Parent { get; init; }

    public required IReadOnlyList<Allotment> Units { get; init; }
}

/// <summary>The inputs of a campaign quota's worked example beside <see cref="ExampleInput"/>'s rate
/// (<c>Value</c>), units of the tier (<c>Subordinates</c>) and figure (<c>Denominator</c>).</summary>
public sealed record CampaignExample(Tier Tier, QuotaBasis Basis = QuotaBasis.PerUnit, Tier? RebasedTo = null);

/// <summary>
/// Campaign quotas (issue 18): the launch day's "01 đội tuyên truyền lưu động/01 huyện", "tối thiểu 50 người/huyện",
/// "50% chỉ tiêu kế hoạch năm 2020 trong 6 tháng đầu năm". A province gets the rate × its units of the quota's tier
/// (the rate itself for a province-tier quota), or ceil(percent × its figure); each unit of the tier gets the rate. A
/// province without a unit of the tier gets missing data until a planner re-bases it. Its facts are its own, so the
/// cascade's kinds and this one never fire on each other's; <see cref="Run(ISession, IEnumerable{CampaignUnit},
/// IEnumerable{CampaignTarget}, IEnumerable{Rebase})"/> is the Plans module's entry point.
/// </summary>
public static class CampaignQuotas
{
    public const string Kind = "campaign-quota";

    private const string ExampleQuota = "EXAMPLE";
    private const string ExampleMetric = "example_metric";
    private const int ExampleYear = 2020;

    public static readonly KindInfo Info = new(
        Kind,
        "CampaignQuotas.cs",
        "Chỉ tiêu của chiến dịch: mỗi tỉnh nhận số cho mỗi đơn vị × số đơn vị thuộc cấp của chỉ tiêu (huyện, xã; chỉ "
            + "tiêu cấp tỉnh thì chính số đó), hoặc làm tròn lên tỷ lệ % × số liệu của tỉnh; mỗi đơn vị thuộc cấp đó "
            + "nhận số cho mỗi đơn vị. Tỉnh không có đơn vị nào thuộc cấp đó (như cấp huyện từ 01/7/2025) hoặc thiếu "
            + "số liệu thì không có số: thiếu dữ liệu, người lập kế hoạch chọn cơ sở khác (ví dụ mỗi xã).",
        "A campaign's quota: each province gets the count per unit × its units of the quota's level (districts, "
            + "communes; for a province-level quota, the count itself), or ceil(percent × the province's figure); each "
            + "unit of that level gets the count per unit. A province with no unit of that level (districts from 1 "
            + "July 2025) or without the figure gets no number: missing data, and the planner chooses another basis "
            + "(e.g. per commune).",
        [
            new("TEAMS: Hà Nội, 30 districts → 30", Level.Province,
                new(1) { Subordinates = 30, Campaign = new(Tier.District) }, "province-per-unit-of-level", 30),
            new("NEW_VOL: old Đồng Nai, 11 districts × 50 → 550", Level.Province,
                new(50) { Subordinates = 11, Campaign = new(Tier.District) }, "province-per-unit-of-level", 550),
            new("district quota with no district (after the reform) → missing", Level.Province,
                new(1) { Campaign = new(Tier.District) }, null),
            new("re-based per commune: 95 × 1 → 95", Level.Province,
                new(1) { Subordinates = 95, Campaign = new(Tier.District, RebasedTo: Tier.Commune) },
                "province-rebased", 95),
            new("re-based per commune: 95 × 50 → 4,750", Level.Province,
                new(50) { Subordinates = 95, Campaign = new(Tier.District, RebasedTo: Tier.Commune) },
                "province-rebased", 4_750),
            new("HALF_YEAR: 50 % of 1,234 → 617", Level.Province,
                new(50) { Denominator = 1_234, Campaign = new(Tier.Province, QuotaBasis.ShareOfFigure) },
                "province-share-of-figure", 617),
        ]);

    /// <summary>The units grouped by province, for a rule's first pattern: NRules builds it once a session.</summary>
    public static IQuery<IEnumerable<IGrouping<int, CampaignUnit>>> UnitsByProvince(IQuery q) =>
        q.Match<CampaignUnit>().GroupBy(u => u.ProvinceId).Collect();

    /// <summary>The re-bases, collected once a session (an empty set when there are none).</summary>
    public static IQuery<IEnumerable<Rebase>> Rebases(IQuery q) => q.Match<Rebase>().Collect();

    /// <summary>
    /// Runs the quotas of one campaign in a fresh session of the compiled rule set (<see cref="RuleSet.Compile"/>;
    /// one session a run): inserts the units in force on the campaign's structure date, the quotas and the re-bases,
    /// fires, and gives every allotment, in the order of <paramref name="targets"/>, then province, district and
    /// commune, then code.
    /// </summary>
    /// <exception cref="ArgumentException">Two targets share a quota code, or two re-bases a province and
    /// quota.</exception>
    public static IReadOnlyList<Allotment> Run(
        ISession session, IEnumerable<CampaignUnit> units, IEnumerable<CampaignTarget> targets,
        IEnumerable<Rebase> rebases)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(rebases);
        var quotas = targets.ToList();
        if (quotas.GroupBy(t => t.QuotaCode, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"two targets have the quota code {twice.Key}", nameof(targets));
        }

        var rebased = rebases.ToList();
        if (rebased.GroupBy(r => (r.ProvinceId, r.QuotaCode)).FirstOrDefault(g => g.Count() > 1) is { } again)
        {
            throw new ArgumentException(
                $"two re-bases of quota {again.Key.QuotaCode} for province {again.Key.ProvinceId}", nameof(rebases));
        }

        session.InsertAll(units);
        session.InsertAll(quotas);
        session.InsertAll(rebased);
        session.Fire();
        var order = quotas.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return
        [
            .. session.Query<Allotment>().AsEnumerable()
                .Concat(session.Query<AllotmentSplit>().AsEnumerable().SelectMany(s => s.Units))
                .OrderBy(a => order.GetValueOrDefault(a.Target, int.MaxValue))
                .ThenBy(a => a.Unit.Tier)
                .ThenBy(a => a.Unit.Code, StringComparer.Ordinal)
                .ThenBy(a => a.Unit.Id),
        ];
    }

    /// <summary>As above, in a new session of <paramref name="factory"/>.</summary>
    public static IReadOnlyList<Allotment> Run(
        ISessionFactory factory, IEnumerable<CampaignUnit> units, IEnumerable<CampaignTarget> targets,
        IEnumerable<Rebase> rebases)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Run(factory.CreateSession(), units, targets, rebases);
    }

    /// <summary>The provinces' allotments of a per-unit quota: those re-based (<paramref name="rebased"/>) or the
    /// others.</summary>
    public static List<Allotment> PerUnit(
        string rule, CampaignTarget t, IEnumerable<IGrouping<int, CampaignUnit>> units, IEnumerable<Rebase> rebases,
        bool rebased)
    {
        var rebaseOf = rebases.Where(r => r.QuotaCode == t.QuotaCode).ToDictionary(r => r.ProvinceId);
        var result = new List<Allotment>();
        foreach (var g in units.OrderBy(g => g.Key))
        {
            if (Province(g) is not { } p || rebaseOf.ContainsKey(p.Id) != rebased)
            {
                continue;
            }

            var rebase = rebaseOf.GetValueOrDefault(p.Id);
            var tier = rebase?.Tier ?? t.Tier;
            var count = g.Count(u => u.Tier == tier);
            result.Add(count == 0
                ? Missing(p, t, tier, MissingBecause.NoUnitOfTier, rebase, unitCount: 0)
                : new Allotment
                {
                    Unit = p,
                    Target = t,
                    Rule = rule,
                    Tier = tier,
                    Rebase = rebase,
                    UnitCount = count,
                    Floor = Arithmetic.Ceil(t.RateFloor * count),
                    Stretch = t.RateStretch is { } rs ? Arithmetic.Ceil(rs * count) : null,
                });
        }

        return result;
    }

    /// <summary>The provinces' allotments of a share of a figure: ceil(percent × the province's figure).</summary>
    public static List<Allotment> ShareOfFigure(
        string rule, CampaignTarget t, IEnumerable<IGrouping<int, CampaignUnit>> units)
    {
        var result = new List<Allotment>();
        foreach (var g in units.OrderBy(g => g.Key))
        {
            if (Province(g) is not { } p)
            {
                continue;
            }

            var figure = t.Metric is { } metric && t.MetricYear is { } year ? p.Figures(metric, year) : null;
            result.Add(figure is not { } f
                ? Missing(p, t, Tier.Province, MissingBecause.NoFigure, null, unitCount: null)
                : new Allotment
                {
                    Unit = p,
                    Target = t,
                    Rule = rule,
                    Tier = Tier.Province,
                    Floor = PercentOf(t.RateFloor, f.Value),
                    Stretch = t.RateStretch is { } rs ? PercentOf(rs, f.Value) : null,
                    Denominator = f,
                    DenominatorMetric = t.Metric,
                });
        }

        return result;
    }

    public static long PercentOf(double percent, long figure) => Arithmetic.Ceil(percent * figure / 100);

    /// <summary>Each unit of the tier of every province allotment gets the rate, in the order of their codes.</summary>
    public static List<AllotmentSplit> EachUnit(
        string rule, IEnumerable<IGrouping<int, CampaignUnit>> units, IEnumerable<Allotment> provinces)
    {
        var unitsOf = units.ToDictionary(g => g.Key);
        var result = new List<AllotmentSplit>();
        foreach (var pa in provinces)
        {
            var t = pa.Target;
            var below = (unitsOf.GetValueOrDefault(pa.Unit.Id) ?? Enumerable.Empty<CampaignUnit>())
                .Where(u => u.Tier == pa.Tier && u.Tier != Tier.Province)
                .OrderBy(u => u.Code, StringComparer.Ordinal)
                .Select(u => new Allotment
                {
                    Unit = u,
                    Target = t,
                    Rule = rule,
                    Tier = pa.Tier,
                    Rebase = pa.Rebase,
                    UnitCount = 1,
                    Floor = Arithmetic.Ceil(t.RateFloor),
                    Stretch = t.RateStretch is { } rs ? Arithmetic.Ceil(rs) : null,
                })
                .ToList();
            if (below.Count > 0)
            {
                result.Add(new AllotmentSplit { Parent = pa, Units = below });
            }
        }

        return result;
    }

    /// <summary>Runs a worked example: one province and <c>Subordinates</c> units of the example's tier (or
    /// re-based tier) under it; the rule that gave the province its allotment (null: missing data) and its
    /// floor.</summary>
    internal static (string? Rule, long? Value) Example(ISessionFactory factory, WorkedExample example)
    {
        var input = example.Input;
        var campaign = input.Campaign ?? new CampaignExample(Tier.Province);
        var province = new CampaignUnit
        {
            Id = 1,
            Code = "01",
            Name = "example province",
            Tier = Tier.Province,
            ProvinceId = 1,
            Figures = (metric, year) => metric == ExampleMetric && input.Denominator is { } v
                ? new Figure(v, year, "example")
                : null,
        };
        var tier = campaign.RebasedTo ?? campaign.Tier;
        var below = tier == Tier.Province
            ? []
            : Enumerable.Range(1, input.Subordinates).Select(i => new CampaignUnit
            {
                Id = 100 + i,
                Code = $"01{i:000}",
                Tier = tier,
                ParentId = 1,
                ProvinceId = 1,
            });
        var target = new CampaignTarget(
            ExampleQuota, campaign.Tier, campaign.Basis, input.Value, null, ExampleMetric, ExampleYear);
        Rebase[] rebases = campaign.RebasedTo is { } to ? [new Rebase(1, ExampleQuota, to, "example")] : [];
        var allotment = Run(factory, [province, .. below], [target], rebases).Single(a => a.Unit.Id == province.Id);
        return allotment.Missing ? (null, null) : (allotment.Rule, allotment.Floor);
    }

    private static CampaignUnit? Province(IGrouping<int, CampaignUnit> g) =>
        g.FirstOrDefault(u => u.Tier == Tier.Province && u.Id == g.Key);

    private static Allotment Missing(
        CampaignUnit unit, CampaignTarget t, Tier tier, MissingBecause because, Rebase? rebase, int? unitCount) =>
        new()
        {
            Unit = unit,
            Target = t,
            Rule = Arithmetic.NoRuleApplies(Kind),
            Tier = tier,
            Rebase = rebase,
            UnitCount = unitCount,
            MissingBecause = because,
            DenominatorMetric = t.Metric,
        };
}

[Name("campaign-quota/province-per-unit-of-level"), Tag(CampaignQuotas.Kind)]
[Described("số cho mỗi đơn vị × số đơn vị thuộc cấp của chỉ tiêu trong tỉnh (chỉ tiêu cấp tỉnh: chính số đó)",
    "per unit × the province's units of the quota's level (a province-level quota: the number itself)")]
public sealed class ProvincePerUnitOfLevel : Rule
{
    public override void Define()
    {
        IEnumerable<IGrouping<int, CampaignUnit>> units = default!;
        IEnumerable<Rebase> rebases = default!;
        CampaignTarget t = default!;
        When()
            .Query(() => units, CampaignQuotas.UnitsByProvince)
            .Query(() => rebases, CampaignQuotas.Rebases)
            .Match(() => t, x => x.Basis == QuotaBasis.PerUnit);
        Then().Do(ctx => ctx.InsertAll(CampaignQuotas.PerUnit(ctx.Rule.Name, t, units, rebases, rebased: false)));
    }
}

[Name("campaign-quota/province-share-of-figure"), Tag(CampaignQuotas.Kind)]
[Described("tỷ lệ % × số liệu của tỉnh, làm tròn lên", "percent × the province's figure, rounded up")]
public sealed class ProvinceShareOfFigure : Rule
{
    public override void Define()
    {
        IEnumerable<IGrouping<int, CampaignUnit>> units = default!;
        CampaignTarget t = default!;
        When()
            .Query(() => units, CampaignQuotas.UnitsByProvince)
            .Match(() => t, x => x.Basis == QuotaBasis.ShareOfFigure);
        Then().Do(ctx => ctx.InsertAll(CampaignQuotas.ShareOfFigure(ctx.Rule.Name, t, units)));
    }
}

[Name("campaign-quota/province-rebased"), Tag(CampaignQuotas.Kind)]
[Described("đã đổi cơ sở: số cho mỗi đơn vị × số đơn vị thuộc cấp mới trong tỉnh",
    "re-based: per unit × the province's units of the new level")]
public sealed class ProvinceRebased : Rule
{
    public override void Define()
    {
        IEnumerable<IGrouping<int, CampaignUnit>> units = default!;
        IEnumerable<Rebase> rebases = default!;
        CampaignTarget t = default!;
        When()
            .Query(() => units, CampaignQuotas.UnitsByProvince)
            .Query(() => rebases, CampaignQuotas.Rebases)
            .Match(() => t, x => x.Basis == QuotaBasis.PerUnit)
            .Having(() => rebases.Any(r => r.QuotaCode == t.QuotaCode));
        Then().Do(ctx => ctx.InsertAll(CampaignQuotas.PerUnit(ctx.Rule.Name, t, units, rebases, rebased: true)));
    }
}

/// <summary>Below the province (lower priority, so every province allotment of the target is in its group before
/// it fires once): the quota's districts, or a province's re-based onto districts.</summary>
[Name("campaign-quota/district-per-unit"), Tag(CampaignQuotas.Kind), Priority(-1)]
[Described("mỗi huyện nhận số cho mỗi đơn vị", "each district gets the count per unit")]
public sealed class DistrictPerUnit : Rule
{
    public override void Define()
    {
        IEnumerable<IGrouping<int, CampaignUnit>> units = default!;
        IGrouping<CampaignTarget, Allotment> pas = default!;
        When()
            .Query(() => units, CampaignQuotas.UnitsByProvince)
            .Query(() => pas, q => q.Match<Allotment>(a => a.Unit.Tier == Tier.Province,
                a => a.Tier == Tier.District).GroupBy(a => a.Target));
        Then().Do(ctx => ctx.InsertAll(CampaignQuotas.EachUnit(ctx.Rule.Name, units, pas)));
    }
}

[Name("campaign-quota/commune-per-unit"), Tag(CampaignQuotas.Kind), Priority(-1)]
[Described("mỗi xã nhận số cho mỗi đơn vị", "each commune gets the count per unit")]
public sealed class CommunePerUnit : Rule
{
    public override void Define()
    {
        IEnumerable<IGrouping<int, CampaignUnit>> units = default!;
        IGrouping<CampaignTarget, Allotment> pas = default!;
        When()
            .Query(() => units, CampaignQuotas.UnitsByProvince)
            .Query(() => pas, q => q.Match<Allotment>(a => a.Unit.Tier == Tier.Province,
                a => a.Tier == Tier.Commune && a.Rebase == null).GroupBy(a => a.Target));
        Then().Do(ctx => ctx.InsertAll(CampaignQuotas.EachUnit(ctx.Rule.Name, units, pas)));
    }
}

[Name("campaign-quota/commune-rebased"), Tag(CampaignQuotas.Kind), Priority(-1)]
[Described("đã đổi cơ sở sang cấp xã: mỗi xã nhận số cho mỗi đơn vị",
    "re-based onto communes: each commune gets the count per unit")]
public sealed class CommuneRebased : Rule
{
    public override void Define()
    {
        IEnumerable<IGrouping<int, CampaignUnit>> units = default!;
        IGrouping<CampaignTarget, Allotment> pas = default!;
        When()
            .Query(() => units, CampaignQuotas.UnitsByProvince)
            .Query(() => pas, q => q.Match<Allotment>(a => a.Unit.Tier == Tier.Province,
                a => a.Tier == Tier.Commune && a.Rebase != null).GroupBy(a => a.Target));
        Then().Do(ctx => ctx.InsertAll(CampaignQuotas.EachUnit(ctx.Rule.Name, units, pas)));
    }
}
