using NRules.Fluent.Dsl;

namespace Platform.Rules;

/// <summary>ENTERPRISE_CONF: each province holds the number of conferences the national plan gives (10–15 a year to
/// 2022, 10–12 to 2025). Organised by the province; communes get no share.</summary>
public static class QuotaPerUnit
{
    public const string Kind = "quota-per-unit";

    public static readonly KindInfo Info = new(
        Kind,
        "QuotaPerUnit.cs",
        "Mỗi tỉnh tổ chức số hội nghị kế hoạch quốc gia giao. Do tỉnh tổ chức; xã không được phân bổ.",
        "Each province holds the number of conferences the national plan gives. Organised by the province; communes "
            + "get no share.",
        [
            new("ENTERPRISE_CONF 2021 floor", Level.Province, new(10), "province-as-given", 10),
            new("ENTERPRISE_CONF 2021 stretch", Level.Province, new(15), "province-as-given", 15),
        ]);

    public static Obligation AsGiven(string rule, Target t, Unit p) =>
        new()
        {
            Unit = p,
            Target = t,
            Rule = rule,
            Floor = Arithmetic.Ceil(t.RateFloor),
            Stretch = t.RateStretch is { } rs ? Arithmetic.Ceil(rs) : null,
        };
}

[Name("quota-per-unit/province-as-given"), Tag(QuotaPerUnit.Kind)]
[Described("số được giao, như cấp trên giao", "the quota as the parent gives it")]
public sealed class ProvinceAsGiven : Rule
{
    public override void Define()
    {
        IEnumerable<Unit> provinces = default!;
        Target t = default!;
        When()
            .Query(() => provinces, Arithmetic.Provinces)
            .Match(() => t, x => x.Kind == QuotaPerUnit.Kind);
        Then().Do(ctx => ctx.InsertAll(
            Arithmetic.ForEachUnit(t, provinces, p => QuotaPerUnit.AsGiven(ctx.Rule.Name, t, p))));
    }
}
