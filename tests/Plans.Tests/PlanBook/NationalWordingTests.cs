using System.Text.RegularExpressions;
using Platform.Plans.Contracts;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>
/// Every subordinate plan of the national cascade 2026–2030 read as a person would: no word written twice ("cấp cấp"),
/// no provincial body in a commune's plan, no commune body leading a province's, and each commune led by its own
/// People's Committee of its type.
/// </summary>
public sealed partial class NationalWordingTests(NationalCascadeFixture platform)
    : IClassFixture<NationalCascadeFixture>
{
    /// <summary>Bodies of a province or the nation, as a commune plan must not name them ("Sở ", "Bộ " in capitals: "cơ
    /// sở", "cán bộ" are words).</summary>
    private static readonly (string Term, StringComparison Comparison)[] AboveCommune =
    [
        ("Sở ", StringComparison.Ordinal),
        ("Bộ ", StringComparison.Ordinal),
        ("đại học", StringComparison.OrdinalIgnoreCase),
        ("Tỉnh ủy", StringComparison.OrdinalIgnoreCase),
        ("Tỉnh uỷ", StringComparison.OrdinalIgnoreCase),
        ("Thành ủy", StringComparison.OrdinalIgnoreCase),
        ("Thành uỷ", StringComparison.OrdinalIgnoreCase),
        ("Liên đoàn Lao động", StringComparison.OrdinalIgnoreCase),
    ];

    private static readonly string[] CommuneLeads =
    [
        "Ủy ban nhân dân xã",
        "Ủy ban nhân dân phường",
        "Ủy ban nhân dân đặc khu",
    ];

    [Fact]
    public void The_cascade_drafts_34_province_plans_and_3321_commune_plans_and_nothing_else()
    {
        platform.Plans.Count(p => p.Level == UnitLevel.Province).Should().Be(34);
        platform.Plans.Count(p => p.Level == UnitLevel.Commune).Should().Be(3321);
        platform.Plans.Should().HaveCount(3355);
    }

    [Fact]
    public void No_plan_text_holds_the_same_word_twice_in_a_row()
    {
        var offenders = Offenders(platform.Plans, p => p.AllTexts.Where(t => DoubledWord().IsMatch(t)));

        offenders.Should().BeEmpty(Report(offenders));
    }

    [Fact]
    public void No_commune_plan_names_a_department_a_ministry_a_university_a_provincial_party_committee_or_labour_federation()
    {
        // The report recipient is the province's People's Committee "(thông qua Sở Nội vụ)": the body above the
        // commune, rightly
        // named. The commune's own name is left out: Phường Yên Sở and Xã Mễ Sở are places, not departments.
        var offenders = Offenders(
            platform.Plans.Where(p => p.Level == UnitLevel.Commune),
            p => p.OwnTexts.Where(t => AboveCommune.Any(a => p.WithoutOwnName(t).Contains(a.Term, a.Comparison))));

        offenders.Should().BeEmpty(Report(offenders));
    }

    [Fact]
    public void No_province_plan_names_a_commune_level_body_or_has_a_commune_People_s_Committee_lead()
    {
        var offenders = Offenders(platform.Plans.Where(p => p.Level == UnitLevel.Province), p =>
            p.AllTexts.Where(t => t.Contains("cấp xã", StringComparison.OrdinalIgnoreCase))
                .Concat(
                    p.Responsible.Where(r =>
                        CommuneLeads.Any(lead => r.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
                    )
                )
        );

        offenders.Should().BeEmpty(Report(offenders));
    }

    [Fact]
    public void Every_commune_plan_is_led_by_the_People_s_Committee_of_its_type()
    {
        var communes = platform.Plans.Where(p => p.Level == UnitLevel.Commune).ToList();
        var offenders = Offenders(communes, p =>
            p.Responsible.Where(r => r != $"Ủy ban nhân dân {p.Type}" || !CommuneLeads.Contains(r))
        );

        offenders.Should().BeEmpty(Report(offenders));
        communes.Should().OnlyContain(p => p.Responsible.Count == 5);
        communes.GroupBy(p => p.Type).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(
            new Dictionary<string, int> { ["xã"] = 2621, ["phường"] = 687, ["đặc khu"] = 13 });
    }

    [Theory]
    [InlineData("Ủy ban nhân dân cấp cấp xã", true)]
    [InlineData("Ủy ban nhân dân xã Xã An Phước", true)]
    [InlineData("Bảo hiểm xã hội tỉnh", false)]
    [InlineData("Hội Nông dân xã; xã An Phước", false)]
    public void The_doubled_word_scan_catches_a_word_written_twice_whatever_its_case(string text, bool doubled)
    {
        DoubledWord().IsMatch(text).Should().Be(doubled);
    }

    private static List<string> Offenders(
        IEnumerable<PlanWording> plans,
        Func<PlanWording, IEnumerable<string>> texts
    ) => [.. plans.SelectMany(p => texts(p).Select(t => $"{p.Code}: {t}"))];

    private static string Report(List<string> offenders) =>
        $"{offenders.Count} offending texts, the first "
            + $"20:{Environment.NewLine}{string.Join(Environment.NewLine, offenders.Take(20))}";

    /// <summary>A word, then blanks, then the same word again (ignoring case): "cấp cấp", "xã Xã".</summary>
    [GeneratedRegex(@"(?<!\w)(\w+)\s+\1(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoubledWord();
}
