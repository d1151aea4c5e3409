using NRules.Fluent.Dsl;

namespace Platform.Rules;

/// <summary>COLLAB_CONF: 3–5 conferences a year per mass organisation of the province to 2022, 1–3 to 2025. Without
/// the number of mass organisations there is no number: missing data.</summary>
public static class QuotaPerOrganisation
{
    public const string Kind = "quota-per-organisation";

    public static readonly KindInfo Info = new(
        Kind,
        "QuotaPerOrganisation.cs",
        "Số hội nghị mỗi năm cho mỗi tổ chức chính trị - xã hội của tỉnh. Không có số tổ chức thì không có số: thiếu "
            + "dữ liệu.",
        "Conferences a year per mass organisation of the province. Without the number of mass organisations there is "
            + "no number: missing data.",
        [
            new("COLLAB_CONF 2021 floor, 5 organisations", Level.Province, new(3) { Denominator = 5 },
                "province-per-mass-organisation", 15),
            new("COLLAB_CONF 2021 stretch, 5 organisations", Level.Province, new(5) { Denominator = 5 },
                "province-per-mass-organisation", 25),
            new("COLLAB_CONF 2024 floor", Level.Province, new(1) { Denominator = 5 }, "province-per-mass-organisation",
                5),
            new("COLLAB_CONF 2024 stretch", Level.Province, new(3) { Denominator = 5 },
                "province-per-mass-organisation", 15),
            new("no organisations recorded: missing data", Level.Province, new(3), null),
        ]);

    public static Obligation PerOrganisation(string rule, Target t, Unit p) =>
        p.Figure(t.Metric, t.Year) is { } organisations
            ? new Obligation
            {
                Unit = p,
                Target = t,
                Rule = rule,
                Floor = Arithmetic.Ceil(t.RateFloor * organisations.Value),
                Stretch = t.RateStretch is { } rs ? Arithmetic.Ceil(rs * organisations.Value) : null,
                Denominator = organisations,
                DenominatorMetric = t.Metric,
            }
            : Arithmetic.Missing(p, t);
}

[Name("quota-per-organisation/province-per-mass-organisation"), Tag(QuotaPerOrganisation.Kind)]
[Described("số cho mỗi tổ chức × số tổ chức chính trị - xã hội của tỉnh",
    "per organisation × the province's mass organisations")]
public sealed class ProvincePerMassOrganisation : Rule
{
    public override void Define()
    {
        IEnumerable<Unit> provinces = default!;
        Target t = default!;
        When()
            .Query(() => provinces, Arithmetic.Provinces)
            .Match(() => t, x => x.Kind == QuotaPerOrganisation.Kind);
        Then().Do(ctx => ctx.InsertAll(
            Arithmetic.ForEachUnit(t, provinces, p => QuotaPerOrganisation.PerOrganisation(ctx.Rule.Name, t, p))));
    }
}
