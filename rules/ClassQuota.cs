using NRules.Fluent.Dsl;

namespace Platform.Rules;

/// <summary>
/// COLLAB_CLASSES: at least the minimum classes a year (1 per province); enough classes of
/// <see cref="ClassCapacity"/> trainees for the collaborators COLLAB_TRAINED requires that year:
/// max(minimum, ceil(trainees / capacity)).
/// </summary>
public static class ClassQuota
{
    public const string Kind = "class-quota";

    /// <summary>Trainees per class: change it here to change every province's classes.</summary>
    public const double ClassCapacity = 50.0;

    public static readonly KindInfo Info = new(
        Kind,
        "ClassQuota.cs",
        "Ít nhất số lớp tối thiểu mỗi năm (1 lớp mỗi tỉnh); đủ số lớp 50 học viên cho số cộng tác viên chỉ tiêu gốc "
            + "yêu cầu trong năm: max(tối thiểu, làm tròn lên số học viên / 50).",
        "At least the minimum classes a year (1 per province); enough classes of 50 trainees for the collaborators the "
            + "indicator it is based on requires that year: max(minimum, ceil(trainees / 50)).",
        [
            new("700 trainees need 14 classes", Level.Province, new(1) { Trainees = 700 },
                "province-classes-for-trainees", 14),
            new("30 trainees: still the minimum of 1", Level.Province, new(1) { Trainees = 30 },
                "province-classes-for-trainees", 1),
            new("trainees unknown: the minimum", Level.Province, new(1), "province-minimum-classes", 1),
        ]);

    public static long Classes(double minimum, long trainees) =>
        Arithmetic.Ceil(Math.Max(minimum, Math.Ceiling(trainees / ClassCapacity)));

    /// <summary>The provinces whose trainees are known (<paramref name="known"/>) or not, once overridden.</summary>
    public static List<Obligation> Classes(
        string rule, Target t, IEnumerable<Obligation> basis, IEnumerable<Override> overrides, bool known) =>
        [
            .. basis.Select(b => (Basis: b, Trainees: Arithmetic.Effective(b, overrides)))
                .Where(b => b.Trainees.Floor is not null == known)
                .Select(b => known ? ForTrainees(rule, t, b.Basis.Unit, b.Trainees) : Minimum(rule, t, b.Basis.Unit)),
        ];

    private static Obligation ForTrainees(string rule, Target t, Unit unit, (long? Floor, long? Stretch) trainees)
    {
        // A class quota has a stretch when its trainees do, even if the minimum of classes has none.
        var stretchRate = t.RateStretch ?? (trainees.Stretch is not null ? t.RateFloor : null);
        return new Obligation
        {
            Unit = unit,
            Target = t,
            Rule = rule,
            Floor = Classes(t.RateFloor, trainees.Floor!.Value),
            Stretch = stretchRate is { } rs ? Classes(rs, trainees.Stretch ?? trainees.Floor!.Value) : null,
        };
    }

    /// <summary>The minimum for every province in force: the parent sets the basis no target that year.</summary>
    public static List<Obligation> Minimums(string rule, Target t, IEnumerable<Unit> provinces) =>
        Arithmetic.ForEachUnit(t, provinces, p => Minimum(rule, t, p));

    private static Obligation Minimum(string rule, Target t, Unit unit) =>
        new()
        {
            Unit = unit,
            Target = t,
            Rule = rule,
            Floor = Arithmetic.Ceil(t.RateFloor),
            Stretch = t.RateStretch is { } rs ? Arithmetic.Ceil(rs) : null,
        };
}

[Name("class-quota/province-classes-for-trainees"), Tag(ClassQuota.Kind)]
[Described("max(số lớp tối thiểu, số học viên cần đào tạo / 50 mỗi lớp)",
    "max(minimum classes, trainees needed / 50 per class)")]
public sealed class ProvinceClassesForTrainees : Rule
{
    public override void Define()
    {
        IEnumerable<Override> overrides = default!;
        Target t = default!;
        IEnumerable<Obligation> basis = default!;
        When()
            .Query(() => overrides, Arithmetic.Overrides)
            .Match(() => t, x => x.Kind == ClassQuota.Kind)
            .Query(() => basis, q => q.Match<Obligation>(o => o.Unit.Level == Level.Province,
                o => o.Indicator == t.BasedOn && o.Year == t.Year).Collect())
            .Having(() => basis.Any());
        Then().Do(ctx => ctx.InsertAll(ClassQuota.Classes(ctx.Rule.Name, t, basis, overrides, true)));
    }
}

/// <summary>Trainees are unknown for a province whose basis obligation is missing data, and for every province when
/// the parent sets the basis no target that year.</summary>
[Name("class-quota/province-minimum-classes"), Tag(ClassQuota.Kind)]
[Described("chưa biết số học viên: số lớp tối thiểu", "trainees unknown: the minimum number of classes")]
public sealed class ProvinceMinimumClasses : Rule
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
            .Match(() => t, x => x.Kind == ClassQuota.Kind)
            .Query(() => basis, q => q.Match<Obligation>(o => o.Unit.Level == Level.Province,
                o => o.Indicator == t.BasedOn && o.Year == t.Year).Collect())
            .Having(() => basis.Any() || !t.BasisTargeted);
        Then().Do(ctx => ctx.InsertAll(t.BasisTargeted
            ? ClassQuota.Classes(ctx.Rule.Name, t, basis, overrides, false)
            : ClassQuota.Minimums(ctx.Rule.Name, t, provinces)));
    }
}
