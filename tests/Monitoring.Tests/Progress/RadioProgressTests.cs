using Microsoft.Extensions.DependencyInjection;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Progress;
using Platform.Monitoring.ReadModel;
using Platform.Monitoring.Tests.Support;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.Progress;

/// <summary>RADIO_VOL: ≥2 broadcasts a week per commune, i.e. 104 a year; progress as of 30 June 2021 (181 of 365
/// days).</summary>
public sealed class RadioProgressTests(CascadedProvinceFixture fixture)
    : IClassFixture<CascadedProvinceFixture>,
        IAsyncLifetime
{
    private static readonly DateOnly MidYear = new(2021, 6, 30);

    private HttpClient Client => fixture.Client;

    public async Task InitializeAsync()
    {
        if (await MonitoringApi.ActivityCountAsync(Client) == 0)
        {
            await MonitoringApi.ImportAsync(
                Client,
                MonitoringApi.Broadcasts(CommuneCode(1), 2021, 52) + MonitoringApi.Broadcasts(CommuneCode(2), 2021, 20)
            );
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_commune_with_52_broadcasts_by_30_June_is_on_track_for_104()
    {
        var row = await MonitoringApi.ProgressAsync(Client, 2021, CommuneCode(1), "RADIO_VOL", MidYear);

        row.Floor.Should().Be(104);
        row.Actual.Should().Be(52);
        row.ElapsedShare.Should().Be(0.4959);
        row.Expected.Should().Be(51.57);
        row.Status.Should().Be(ProgressStatus.OnTrack);
    }

    [Fact]
    public async Task A_commune_with_20_broadcasts_by_30_June_is_behind()
    {
        var row = await MonitoringApi.ProgressAsync(Client, 2021, CommuneCode(2), "RADIO_VOL", MidYear);

        row.Actual.Should().Be(20);
        row.Status.Should().Be(ProgressStatus.Behind);
    }

    [Fact]
    public async Task A_commune_with_42_broadcasts_by_30_June_is_at_risk_between_80_percent_of_expected_and_expected()
    {
        // 80 % of 51.57 is 41.26: 42 broadcasts are at risk. Counted as of 30 June, before commune 3's later ones.
        await MonitoringApi.ImportAsync(
            Client,
            MonitoringApi.Broadcasts(CommuneCode(3), 2021, 42)
                + MonitoringApi.Line(CommuneCode(3), new DateOnly(2021, 7, 1), "radio_broadcast", 10)
        );

        var row = await MonitoringApi.ProgressAsync(Client, 2021, CommuneCode(3), "RADIO_VOL", MidYear);

        row.Actual.Should().Be(42);
        row.Status.Should().Be(ProgressStatus.AtRisk);
    }

    [Fact]
    public async Task The_same_52_broadcasts_at_the_end_of_the_year_are_behind()
    {
        var commune = await MonitoringApi.ProgressAsync(
            Client,
            2021,
            CommuneCode(1),
            "RADIO_VOL",
            new DateOnly(2021, 12, 31)
        );

        commune.ElapsedShare.Should().Be(1);
        commune.Expected.Should().Be(104);
        commune.Status.Should().Be(ProgressStatus.Behind);
    }

    [Fact]
    public async Task Every_obligation_of_the_cascade_reached_Monitoring()
    {
        var rows = await MonitoringApi.ProgressAsync(Client, 2021, "indicator=RADIO_VOL");

        rows.Should().HaveCount(96);
        rows.Where(r => r.UnitCode != Code).Should().OnlyContain(r => r.Floor == 104);
    }

    [Fact]
    public async Task A_bad_asOf_or_missing_year_is_a_400_problem()
    {
        var noYear = await Client.GetAsync("/api/monitoring/progress");
        var badIndicator = await Client.GetAsync("/api/monitoring/progress?year=2021&indicator=NOPE");

        noYear.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(noYear)).Errors!.Should().ContainKey("year");
        badIndicator.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(badIndicator)).Errors!.Should().ContainKey("indicatorCode");
    }

    [Fact]
    public async Task The_Progress_and_IndicatorActuals_read_models_give_the_same_figures_as_flat_rows()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var readModel = scope.ServiceProvider.GetRequiredService<MonitoringReadModel>();

        var progress = (await readModel.ProgressAsync(2021, MidYear, CancellationToken.None))
            .Where(p =>
                p.IndicatorCode == "RADIO_VOL" && p.Level == "Commune" && p.Actual > 0 && p.UnitCode != CommuneCode(3)
            )
            .OrderBy(p => p.UnitCode)
            .ToList();
        var actual = (await readModel.IndicatorActualsAsync(2021, MidYear, CancellationToken.None)).Single(a =>
            a.UnitCode == CommuneCode(1) && a.IndicatorCode == "RADIO_VOL"
        );

        progress.Select(p => (p.UnitCode, p.PlanCode, p.Floor, p.Actual, p.Status)).Should().Equal(
            (CommuneCode(1), CommunePlan(1), 104L, 52L, "OnTrack"),
            (CommuneCode(2), CommunePlan(2), 104L, 20L, "Behind"));
        actual.Value.Should().Be(52);
        actual.ParentUnitCode.Should().Be(Code);
    }
}
