namespace Platform.Rules.Tests;

/// <summary>
/// The rule set as an analyst and a reviewer read it: its 19 rules, each described in both languages with its kind's
/// version, and its 34 worked examples: the 28 the RulesEngine files (rules/*.json, removed in issue 16) held, with the
/// same names, inputs, rules and numbers, and the 6 of campaign quotas (issue 18), written out here so that none is
/// lost unnoticed.
/// </summary>
public sealed class RuleSetTests
{
    private static readonly string[] RulesOfCampaignQuotas =
    [
        "campaign-quota/commune-per-unit",
        "campaign-quota/commune-rebased",
        "campaign-quota/district-per-unit",
        "campaign-quota/province-per-unit-of-level",
        "campaign-quota/province-rebased",
        "campaign-quota/province-share-of-figure",
    ];

    private static readonly string[] ExamplesOfCampaignQuotas =
    [
        "campaign-quota :: TEAMS: Hà Nội, 30 districts → 30 | Province | value 1 | denominator  | "
            + "subordinates 30 | trainees  | covered  | remainder  | province-per-unit-of-level | 30 | "
            + "campaign District PerUnit ",
        "campaign-quota :: NEW_VOL: old Đồng Nai, 11 districts × 50 → 550 | Province | value 50 | denominator  | "
            + "subordinates 11 | trainees  | covered  | remainder  | province-per-unit-of-level | 550 | "
            + "campaign District PerUnit ",
        "campaign-quota :: district quota with no district (after the reform) → missing | Province | value 1 | "
            + "denominator  | subordinates 0 | trainees  | covered  | remainder  | none |  | "
            + "campaign District PerUnit ",
        "campaign-quota :: re-based per commune: 95 × 1 → 95 | Province | value 1 | denominator  | "
            + "subordinates 95 | trainees  | covered  | remainder  | province-rebased | 95 | "
            + "campaign District PerUnit Commune",
        "campaign-quota :: re-based per commune: 95 × 50 → 4,750 | Province | value 50 | denominator  | "
            + "subordinates 95 | trainees  | covered  | remainder  | province-rebased | 4750 | "
            + "campaign District PerUnit Commune",
        "campaign-quota :: HALF_YEAR: 50 % of 1,234 → 617 | Province | value 50 | denominator 1234 | "
            + "subordinates 0 | trainees  | covered  | remainder  | province-share-of-figure | 617 | "
            + "campaign Province ShareOfFigure ",
    ];

    private static readonly string[] RulesOfTheJsonFiles =
    [
        "class-quota/province-classes-for-trainees",
        "class-quota/province-minimum-classes",
        "frequency-per-subordinate-unit/commune-weekly-over-a-year",
        "frequency-per-subordinate-unit/province-sum-of-communes",
        "per-covered-unit/commune-if-covered",
        "per-covered-unit/province-per-covered-commune",
        "percent-of-denominator/commune-own-denominator",
        "percent-of-denominator/commune-share-of-province-count",
        "percent-of-denominator/province-own-denominator",
        "quota-per-organisation/province-per-mass-organisation",
        "quota-per-unit/province-as-given",
        "share-of-subordinate-units/commune-proposed-by-rotation",
        "share-of-subordinate-units/province-share-of-communes",
    ];

    private static readonly string[] ExamplesOfTheJsonFiles =
    [
        "class-quota :: 700 trainees need 14 classes | Province | value 1 | denominator  | "
            + "subordinates 0 | trainees 700 | covered  | remainder  | province-classes-for-trainees | 14",
        "class-quota :: 30 trainees: still the minimum of 1 | Province | value 1 | denominator  | "
            + "subordinates 0 | trainees 30 | covered  | remainder  | province-classes-for-trainees | 1",
        "class-quota :: trainees unknown: the minimum | Province | value 1 | denominator  | "
            + "subordinates 0 | trainees  | covered  | remainder  | province-minimum-classes | 1",
        "frequency-per-subordinate-unit :: each commune: 104 a year | Commune | value 2 | "
            + "denominator  | subordinates 0 | trainees  | covered  | remainder  | "
            + "commune-weekly-over-a-year | 104",
        "frequency-per-subordinate-unit :: a province of 95 communes: 9,880 | Province | value 2 | "
            + "denominator  | subordinates 95 | trainees  | covered  | remainder  | "
            + "province-sum-of-communes | 9880",
        "per-covered-unit :: Dong Nai 2026 floor: 2 × 67 | Province | value 2 | denominator  | "
            + "subordinates 0 | trainees  | covered 67 | remainder  | province-per-covered-commune | 134",
        "per-covered-unit :: Dong Nai 2026 stretch: 4 × 67 | Province | value 4 | denominator  | "
            + "subordinates 0 | trainees  | covered 67 | remainder  | province-per-covered-commune | 268",
        "per-covered-unit :: a covered commune | Commune | value 2 | denominator  | subordinates 0 | "
            + "trainees  | covered 1 | remainder  | commune-if-covered | 2",
        "per-covered-unit :: coverage unknown: missing data | Province | value 2 | denominator  | "
            + "subordinates 0 | trainees  | covered  | remainder  | none | ",
        "percent-of-denominator :: AWARE_LF 2023: 55% of 1,000,000 | Province | value 55 | "
            + "denominator 1000000 | subordinates 0 | trainees  | covered  | remainder  | "
            + "province-own-denominator | 550000",
        "percent-of-denominator :: AWARE_VOL 2023: 25% of 1,000,000 | Province | value 25 | "
            + "denominator 1000000 | subordinates 0 | trainees  | covered  | remainder  | "
            + "province-own-denominator | 250000",
        "percent-of-denominator :: COLLAB_TRAINED 2021 floor: 35% of 2,000 | Province | value 35 | "
            + "denominator 2000 | subordinates 0 | trainees  | covered  | remainder  | "
            + "province-own-denominator | 700",
        "percent-of-denominator :: COLLAB_TRAINED 2021 stretch: 50% of 2,000 | Province | value 50 | "
            + "denominator 2000 | subordinates 0 | trainees  | covered  | remainder  | "
            + "province-own-denominator | 1000",
        "percent-of-denominator :: rounds up: 45% of 1,001 | Commune | value 45 | denominator 1001 | "
            + "subordinates 0 | trainees  | covered  | remainder  | commune-own-denominator | 451",
        "percent-of-denominator :: province without a denominator: no number | Province | value 55 | "
            + "denominator  | subordinates 0 | trainees  | covered  | remainder  | none | ",
        "percent-of-denominator :: commune without a denominator: share of the province | Commune | "
            + "value 55 | denominator  | subordinates 0 | trainees  | covered  | remainder 1234 | "
            + "commune-share-of-province-count | 1234",
        "quota-per-organisation :: COLLAB_CONF 2021 floor, 5 organisations | Province | value 3 | "
            + "denominator 5 | subordinates 0 | trainees  | covered  | remainder  | "
            + "province-per-mass-organisation | 15",
        "quota-per-organisation :: COLLAB_CONF 2021 stretch, 5 organisations | Province | value 5 | "
            + "denominator 5 | subordinates 0 | trainees  | covered  | remainder  | "
            + "province-per-mass-organisation | 25",
        "quota-per-organisation :: COLLAB_CONF 2024 floor | Province | value 1 | denominator 5 | "
            + "subordinates 0 | trainees  | covered  | remainder  | province-per-mass-organisation | 5",
        "quota-per-organisation :: COLLAB_CONF 2024 stretch | Province | value 3 | denominator 5 | "
            + "subordinates 0 | trainees  | covered  | remainder  | province-per-mass-organisation | 15",
        "quota-per-organisation :: no organisations recorded: missing data | Province | value 3 | "
            + "denominator  | subordinates 0 | trainees  | covered  | remainder  | none | ",
        "quota-per-unit :: ENTERPRISE_CONF 2021 floor | Province | value 10 | denominator  | "
            + "subordinates 0 | trainees  | covered  | remainder  | province-as-given | 10",
        "quota-per-unit :: ENTERPRISE_CONF 2021 stretch | Province | value 15 | denominator  | "
            + "subordinates 0 | trainees  | covered  | remainder  | province-as-given | 15",
        "share-of-subordinate-units :: GRASSROOTS_CONF 2021: 25% of 95 communes | Province | value 25 | "
            + "denominator  | subordinates 95 | trainees  | covered  | remainder  | "
            + "province-share-of-communes | 24",
        "share-of-subordinate-units :: GRASSROOTS_CONF 2024 floor: 15% of 95 | Province | value 15 | "
            + "denominator  | subordinates 95 | trainees  | covered  | remainder  | "
            + "province-share-of-communes | 15",
        "share-of-subordinate-units :: GRASSROOTS_CONF 2024 stretch: 20% of 95 | Province | value 20 | "
            + "denominator  | subordinates 95 | trainees  | covered  | remainder  | "
            + "province-share-of-communes | 19",
        "share-of-subordinate-units :: Dong Nai 2026: 70% of 95 | Province | value 70 | denominator  | "
            + "subordinates 95 | trainees  | covered  | remainder  | province-share-of-communes | 67",
        "share-of-subordinate-units :: a province without communes: missing data | Province | "
            + "value 70 | denominator  | subordinates 0 | trainees  | covered  | remainder  | none | ",
    ];

    [Fact]
    public void The_rule_set_keeps_the_rules_of_the_json_files_and_adds_the_six_of_campaign_quotas()
    {
        RuleSet.Rules.Select(r => r.Name).Should().Equal([.. RulesOfCampaignQuotas, .. RulesOfTheJsonFiles]);
    }

    [Fact]
    public void The_rule_set_keeps_every_worked_example_of_the_json_files_and_adds_the_six_of_campaign_quotas()
    {
        RuleSet.Kinds.SelectMany(k => k.Examples.Select(e => Line(k.Kind, e))).Should().Equal(
            [.. ExamplesOfCampaignQuotas, .. ExamplesOfTheJsonFiles]);
    }

    [Fact]
    public void Every_rule_is_described_in_Vietnamese_and_English_and_carries_its_kinds_version()
    {
        RuleSet.Rules.Should().HaveCount(19);
        RuleSet.Rules.Should().AllSatisfy(r =>
        {
            r.DescriptionVi.Should().NotBeNullOrWhiteSpace();
            r.DescriptionEn.Should().NotBeNullOrWhiteSpace();
            r.Version.Should().MatchRegex("^[0-9a-f]{12}$").And.Be(RuleSet.VersionOf(r.Kind));
        });
        RuleSet.Version.Should().MatchRegex("^[0-9a-f]{12}$");
    }

    [Fact]
    public void Every_rule_name_says_the_level_it_gives_and_so_where_a_kind_applies()
    {
        // Districts are a campaign level only (issue 18): no plan level, so only campaign quotas give them a number.
        RuleSet.Rules.Should().OnlyContain(r =>
            r.Name.StartsWith(r.Kind + "/province-", StringComparison.Ordinal)
            || r.Name.StartsWith(r.Kind + "/commune-", StringComparison.Ordinal)
            || (r.Kind == CampaignQuotas.Kind && r.Name.StartsWith(r.Kind + "/district-", StringComparison.Ordinal)));
        RuleSet.Kinds.Where(k => RuleSet.AppliesAt(k.Kind, Level.Commune)).Select(k => k.Kind).Should().Equal(
            "campaign-quota", "frequency-per-subordinate-unit", "per-covered-unit", "percent-of-denominator",
            "share-of-subordinate-units");
        RuleSet.Kinds.Should().OnlyContain(k => RuleSet.AppliesAt(k.Kind, Level.Province));
    }

    private static string Line(string kind, WorkedExample e) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{kind} :: {e.Name} | {e.Level} | value {e.Input.Value} | denominator {e.Input.Denominator} | "
            + $"subordinates {e.Input.Subordinates} | trainees {e.Input.Trainees} | covered {e.Input.Covered} | "
            + $"remainder {e.Input.Remainder} | {e.ExpectRule ?? "none"} | {e.Expect}{Campaign(e.Input.Campaign)}");

    private static string Campaign(CampaignExample? c) =>
        c is null ? "" : $" | campaign {c.Tier} {c.Basis} {c.RebasedTo}";
}
