using Platform.Plans.Cascade;
using Platform.Plans.Contracts;

namespace Platform.Plans.Tests.Cascade;

/// <summary>
/// Where the rule set has no figure to wait for (issue 16): a target whose basis the parent sets no target, a target
/// without a floor rate, a rotation across a year without a target. Each gives what the cascade gave before NRules.
/// </summary>
public sealed class CascadeEdgeCaseTests
{
    private static readonly CascadeCalculator Calculator = new();
    private static readonly DateOnly Reform = new(2025, 7, 1);

    private static readonly CascadeUnit[] Provinces =
    [
        new(1, "01", "Thành phố Hà Nội", UnitLevel.Province, null, Reform, null),
        new(2, "75", "Tỉnh Đồng Nai", UnitLevel.Province, null, Reform, null),
    ];

    private static readonly CascadeUnit[] Communes =
    [
        new(11, "75001", "Xã Một", UnitLevel.Commune, 2, Reform, null),
        new(12, "75002", "Xã Hai", UnitLevel.Commune, 2, Reform, null),
        new(13, "75003", "Xã Ba", UnitLevel.Commune, 2, Reform, null),
    ];

    [Fact]
    public void Classes_whose_trainees_have_no_target_that_year_are_the_minimum_for_every_province()
    {
        var drafts = Compute("VN-2026-2030", Provinces, [Value(IndicatorCodes.CollaboratorClasses, 2026, 1, 2)]);

        drafts.Select(d => (d.Unit.Code, d.RuleName, d.Floor, d.Stretch, d.MissingData)).Should().BeEquivalentTo(
        [
            ("01", "class-quota/province-minimum-classes", (long?)1, (long?)2, false),
            ("75", "class-quota/province-minimum-classes", (long?)1, (long?)2, false),
        ]);
    }

    [Fact]
    public void Conferences_per_covered_commune_without_a_coverage_target_are_missing_data_for_every_province()
    {
        var drafts = Compute("VN-2026-2030", Provinces, [Value(IndicatorCodes.GrassrootsConferenceCount, 2026, 2, 4)]);

        drafts.Should().HaveCount(2).And.OnlyContain(d =>
            d.MissingData && d.RuleName == "per-covered-unit/no-rule-applies" && d.Floor == null
            && d.MissingReason == "The parent's figure this obligation depends on is missing for 2026, so no rule of "
                + "per-covered-unit gives a number.");
    }

    [Fact]
    public void A_target_without_a_floor_rate_is_missing_data_for_every_unit_its_kind_gives_a_number()
    {
        var provinces = Compute(
            "VN-2026-2030", Provinces, [Value(IndicatorCodes.EnterpriseConferences, 2026, null, 15)]);
        var communes = Compute("75-2026-2030", Communes,
        [
            Value(IndicatorCodes.EnterpriseConferences, 2026, null, 15),
            Value(IndicatorCodes.GrassrootsConferences, 2026, null, 20, count: 1),
        ]);

        provinces.Select(d => (d.Unit.Code, d.RuleName, d.MissingData)).Should().BeEquivalentTo(
            [("01", "quota-per-unit/no-rule-applies", true), ("75", "quota-per-unit/no-rule-applies", true)]);
        communes.Should().HaveCount(3, "conferences at enterprises are a province's alone; every commune's share of "
            + "units is missing").And.OnlyContain(d =>
                d.IndicatorCode == IndicatorCodes.GrassrootsConferences && d.MissingData
                && d.RuleName == "share-of-subordinate-units/no-rule-applies");
    }

    [Fact]
    public void Rotation_goes_on_after_a_year_without_a_target_from_the_coverage_before_it()
    {
        var drafts = Compute("75-2026-2030", Communes,
        [
            Value(IndicatorCodes.GrassrootsConferences, 2026, 30, null, count: 1),
            Value(IndicatorCodes.GrassrootsConferences, 2028, 30, null, count: 1),
            Value(IndicatorCodes.GrassrootsConferenceCount, 2027, 2, null, count: 2),
        ]);

        drafts.Where(d => d.IndicatorCode == IndicatorCodes.GrassrootsConferences && d.Floor == 1)
            .Select(d => (d.Year, d.Unit.Code, d.Fallback)).Should().BeEquivalentTo(
            [
                (2026, "75001", "proposed by rotation: rank 1 of 3 (covered 0 time(s) in earlier years)"),
                (2028, "75002", "proposed by rotation: rank 1 of 3 (covered 0 time(s) in earlier years)"),
            ]);
        drafts.Where(d => d.IndicatorCode == IndicatorCodes.GrassrootsConferenceCount).Should().HaveCount(3)
            .And.OnlyContain(d => d.Year == 2027 && d.MissingData, "2027 sets no commune to cover");
    }

    private static List<ObligationDraft> Compute(string plan, CascadeUnit[] children, ParentValue[] values) =>
        Calculator.Compute(new CascadeCalculator.Input(
            plan,
            [2026, 2027, 2028, 2029, 2030],
            values.ToDictionary(v => (v.IndicatorCode, v.Year)),
            children,
            (unit, _) => unit.Level == UnitLevel.Province ? 95 : 0,
            new StatisticsLookup(),
            new Dictionary<(int UnitId, string Indicator, int Year), (long? Floor, long? Stretch)>()));

    private static ParentValue Value(string indicator, int year, double? floor, double? stretch, long? count = null) =>
        new(indicator, year, floor, stretch, count, count is null || stretch is null ? null : count,
            $"target for {year}");
}
