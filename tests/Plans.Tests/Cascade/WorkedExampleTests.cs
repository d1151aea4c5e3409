using Platform.TestKit;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Tests.Cascade;

/// <summary>DOMAIN.md's worked examples, as exact numbers, through the API against the seeded national plan to
/// 2025.</summary>
public sealed class WorkedExampleTests(WorkedExampleTests.Fixture fixture) : IClassFixture<WorkedExampleTests.Fixture>
{
    private HttpClient Client => fixture.Client;

    public sealed class Fixture : IAsyncLifetime, IDisposable
    {
        private readonly PlatformFactory factory = new();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = factory.CreateClient();
            await SyntheticProvince.ImportAsync(Client, communePopulations: true);
            await SyntheticProvince.GenerateAsync(
                Client,
                "VN-2021-2025",
                new { unitCode = SyntheticProvince.Code, cascade = true }
            );
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        public void Dispose() => factory.Dispose();
    }

    [Theory]
    [InlineData("AWARE_LF", 2023, 550_000L, null)]
    [InlineData("AWARE_VOL", 2023, 250_000L, null)]
    [InlineData("COLLAB_TRAINED", 2021, 700L, 1_000L)]
    [InlineData("COLLAB_TRAINED", 2022, 1_400L, null)]
    [InlineData("COLLAB_TRAINED", 2023, 2_000L, null)]
    [InlineData("GRASSROOTS_CONF", 2021, 24L, null)]
    [InlineData("GRASSROOTS_CONF", 2024, 15L, 19L)]
    [InlineData("COLLAB_CONF", 2021, 15L, 25L)]
    [InlineData("COLLAB_CONF", 2024, 5L, 15L)]
    [InlineData("RADIO_VOL", 2021, 9_880L, null)]
    [InlineData("ENTERPRISE_CONF", 2021, 10L, 15L)]
    [InlineData("ENTERPRISE_CONF", 2024, 10L, 12L)]
    [InlineData("COLLAB_CLASSES", 2021, 14L, 20L)]
    public async Task Given_the_worked_example_province_Then_its_obligation_is_exact(
        string indicator,
        int year,
        long floor,
        long? stretch
    )
    {
        var obligations = await SyntheticProvince.ObligationsAsync(
            Client,
            "T1-2021-2025",
            SyntheticProvince.Code,
            year,
            indicator
        );

        var obligation = obligations.Single(indicator, year);
        obligation.Floor.Should().Be(floor);
        obligation.Stretch.Should().Be(stretch);
        obligation.MissingData.Should().BeFalse();
    }

    [Fact]
    public async Task Given_a_labour_force_of_2021_only_When_2022_is_cascaded_Then_the_latest_earlier_figure_is_used_and_said()
    {
        var obligation = (
            await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", "T1", 2022, "AWARE_LF")
        ).Single();

        obligation.Floor.Should().Be(450_000);
        obligation.DenominatorValue.Should().Be(900_000);
        obligation.DenominatorYear.Should().Be(2021);
        obligation.DenominatorSource.Should().Be("Cục Thống kê 2021");
    }

    [Fact]
    public async Task Each_commune_gets_104_broadcasts_and_the_communes_add_up_to_the_province()
    {
        var communes = await SyntheticProvince.ObligationsAsync(
            Client,
            "T1-2021-2025",
            year: 2021,
            indicator: "RADIO_VOL"
        );

        var communeRows = communes.Where(o => o.UnitCode != "T1").ToList();
        communeRows.Should().HaveCount(95).And.OnlyContain(o => o.Floor == 104);
        communeRows.Sum(o => o.Floor).Should().Be(9_880);
    }

    [Fact]
    public async Task Communes_without_their_own_labour_force_split_the_province_count_exactly_by_population()
    {
        var rows = await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", year: 2023, indicator: "AWARE_LF");

        var communes = rows.Where(o => o.UnitCode != "T1").ToList();
        communes.Should().HaveCount(95);
        communes.Sum(o => o.Floor).Should().Be(550_000);
        communes
            .Should()
            .OnlyContain(o =>
                o.RuleName == "percent-of-denominator/commune-share-of-province-count"
                && o.DenominatorMetric == "population"
            );
        var largest = communes.Single(o => o.UnitCode == SyntheticProvince.CommuneCode(95));
        var smallest = communes.Single(o => o.UnitCode == SyntheticProvince.CommuneCode(1));
        largest.Floor.Should().BeGreaterThan(smallest.Floor!.Value);
    }

    [Fact]
    public async Task The_proposed_communes_match_the_province_count_and_rotate_to_uncovered_communes_first()
    {
        var y2021 = (
            await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", year: 2021, indicator: "GRASSROOTS_CONF")
        )
            .Where(o => o.UnitCode != "T1")
            .ToList();
        var y2022 = (
            await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", year: 2022, indicator: "GRASSROOTS_CONF")
        )
            .Where(o => o.UnitCode != "T1")
            .ToList();

        y2021.Sum(o => o.Floor).Should().Be(24);
        y2022.Sum(o => o.Floor).Should().Be(24);
        var covered2021 = y2021.Where(o => o.Floor == 1).Select(o => o.UnitCode).ToHashSet();
        covered2021.Should().BeEquivalentTo(Enumerable.Range(1, 24).Select(SyntheticProvince.CommuneCode));
        y2022.Where(o => o.Floor == 1).Select(o => o.UnitCode).Should().NotIntersectWith(covered2021);
    }

    [Fact]
    public async Task A_missing_denominator_gives_no_number_and_is_listed()
    {
        var rows = await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", "T1", 2021, "STAFF_TRAINED");

        var obligation = rows.Single();
        obligation.MissingData.Should().BeTrue();
        obligation.Floor.Should().BeNull();
        obligation.MissingReason.Should().Contain("communication_staff").And.Contain("Tỉnh Thử Nghiệm");
        var listed = await Client.GetAsync<ObligationPage>(
            "/api/plans/T1-2021-2025/obligations?missingData=true&unitCode=T1&indicator=STAFF_TRAINED"
        );
        listed.Total.Should().Be(5);
    }

    [Fact]
    public async Task The_explanation_names_parent_rule_version_and_denominator()
    {
        var obligation = (
            await SyntheticProvince.ObligationsAsync(Client, "T1-2021-2025", "T1", 2023, "AWARE_LF")
        ).Single();

        var explanation = await Client.GetAsync<ObligationExplanation>($"/api/obligations/{obligation.Id}/explanation");

        explanation
            .Summary.Should()
            .Be(
                "Tỉnh Thử Nghiệm must reach 550,000 people for “Share of the working-age labour force reached by SI "
                    + "communication” in 2023, computed by percent-of-denominator/province-own-denominator from target "
                    + "of VN-2021-2025 for 2023."
            );
        explanation
            .Steps.Should()
            .Contain(s =>
                s.Contains(
                    "working_age_labour_force of Tỉnh Thử Nghiệm = 1,000,000 (2023 figure; source: Cục Thống kê 2023)"
                )
            );
        explanation
            .Steps.Should()
            .Contain(
                "Rule: percent-of-denominator/province-own-denominator, version " + obligation.RuleVersion + " — "
                    + "percent × the province's own denominator, rounded up (rules/PercentOfDenominator.cs)."
            );
    }
}
