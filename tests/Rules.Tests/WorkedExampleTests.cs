using NRules;

namespace Platform.Rules.Tests;

/// <summary>Every worked example of every cascade kind, one test each, through a session of the compiled rule
/// set.</summary>
public sealed class WorkedExampleTests
{
    private static readonly Lazy<ISessionFactory> Factory = new(RuleSet.Compile);

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in RuleSet.Kinds)
        {
            foreach (var example in kind.Examples)
            {
                data.Add(kind.Kind, example.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_worked_example_gives_its_rule_and_number(string kind, string example)
    {
        var worked = RuleSet.Kinds.Single(k => k.Kind == kind).Examples.Single(e => e.Name == example);

        var (rule, value) = WorkedExamples.Run(Factory.Value, kind, worked);

        rule.Should().Be(worked.ExpectRule is null ? null : $"{kind}/{worked.ExpectRule}");
        value.Should().Be(worked.Expect);
    }

    [Fact]
    public void The_rule_set_has_34_worked_examples_and_starts_with_all_of_them_passing()
    {
        RuleSet.Kinds.Sum(k => k.Examples.Count).Should().Be(34);

        var check = () => RuleSet.CheckExamples(Factory.Value);

        check.Should().NotThrow();
    }

    [Fact]
    public void A_wrong_worked_example_stops_the_check_naming_its_kind_example_and_reason()
    {
        var dongNai = ShareOfSubordinateUnits.Info with
        {
            Examples = [ShareOfSubordinateUnits.Info.Examples[3] with { Expect = 66 }],
        };

        var check = () => RuleSet.CheckExamples(Factory.Value, [dongNai]);

        check.Should().Throw<RuleSetException>().WithMessage(
            "share-of-subordinate-units: the worked example \"Dong Nai 2026: 70% of 95\" fails: expected 66, got 67");
    }

    [Fact]
    public void A_wrong_campaign_quota_example_stops_the_check_too_through_the_kinds_own_facts()
    {
        var halfYear = CampaignQuotas.Info with { Examples = [CampaignQuotas.Info.Examples[5] with { Expect = 616 }] };
        var missing = CampaignQuotas.Info with
        {
            Examples = [CampaignQuotas.Info.Examples[2] with { ExpectRule = "province-per-unit-of-level", Expect = 0 }],
        };

        var wrongNumber = () => RuleSet.CheckExamples(Factory.Value, [halfYear]);
        var wrongRule = () => RuleSet.CheckExamples(Factory.Value, [missing]);

        wrongNumber.Should().Throw<RuleSetException>().WithMessage(
            "campaign-quota: the worked example \"HALF_YEAR: 50 % of 1,234 → 617\" fails: expected 616, got 617");
        wrongRule.Should().Throw<RuleSetException>().WithMessage(
            "campaign-quota: the worked example \"district quota with no district (after the reform) → missing\" "
            + "fails: expected rule campaign-quota/province-per-unit-of-level, got none (missing data)");
    }
}
