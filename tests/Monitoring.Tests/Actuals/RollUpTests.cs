using System.Net;
using System.Net.Http.Json;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Progress;
using Platform.Monitoring.Tests.Support;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.Actuals;

/// <summary>Actuals roll up commune → province: counts are summed, communes counted once, percents recomputed from
/// sums.</summary>
public sealed class RollUpTests(CascadedProvinceFixture fixture) : IClassFixture<CascadedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_commune_with_three_grassroots_conferences_counts_once_towards_GRASSROOTS_CONF()
    {
        await MonitoringApi.ImportAsync(Client,
            MonitoringApi.Line(CommuneCode(10), new DateOnly(2022, 3, 1), "grassroots_conference") +
            MonitoringApi.Line(CommuneCode(10), new DateOnly(2022, 5, 1), "grassroots_conference") +
            MonitoringApi.Line(CommuneCode(10), new DateOnly(2022, 9, 1), "grassroots_conference") +
            MonitoringApi.Line(CommuneCode(11), new DateOnly(2022, 4, 1), "grassroots_conference"));

        var commune = await MonitoringApi.ActualAsync(Client, 2022, CommuneCode(10), "GRASSROOTS_CONF");
        var province = await MonitoringApi.ActualAsync(Client, 2022, Code, "GRASSROOTS_CONF");
        var conferences = await MonitoringApi.ActualAsync(Client, 2022, Code, "GRASSROOTS_CONF_COUNT");
        var progress = await MonitoringApi.ProgressAsync(
            Client,
            2022,
            Code,
            "GRASSROOTS_CONF",
            new DateOnly(2022, 12, 31)
        );

        commune!.Value.Should().Be(1);
        province!.Value.Should().Be(2);
        conferences!.Value.Should().Be(4);
        progress.Floor.Should().Be(24);
        progress.Actual.Should().Be(2);
        progress.Status.Should().Be(ProgressStatus.Behind);
    }

    [Fact]
    public async Task The_province_figure_is_the_sum_of_its_communes_plus_its_own_activities()
    {
        await MonitoringApi.ImportAsync(Client,
            MonitoringApi.Line(CommuneCode(20), new DateOnly(2023, 2, 1), "radio_broadcast", 5) +
            MonitoringApi.Line(CommuneCode(21), new DateOnly(2023, 2, 1), "radio_broadcast", 7) +
            MonitoringApi.Line(Code, new DateOnly(2023, 2, 2), "radio_broadcast", 3) +
            MonitoringApi.Line(Code, new DateOnly(2023, 3, 2), "enterprise_conference", 2) +
            MonitoringApi.Line(Code, new DateOnly(2023, 3, 9), "social_media_post", 40));

        var province = await MonitoringApi.ActualAsync(Client, 2023, Code, "RADIO_VOL");
        var communes = await MonitoringApi.ActualAsync(Client, 2023, CommuneCode(20), "RADIO_VOL");
        var progress = await MonitoringApi.ProgressAsync(Client, 2023, Code, "RADIO_VOL");
        var enterprise = await MonitoringApi.ProgressAsync(Client, 2023, Code, "ENTERPRISE_CONF");

        communes!.Value.Should().Be(5);
        province!.Value.Should().Be(15);
        progress.Actual.Should().Be(15);
        progress.Floor.Should().Be(9_880);
        enterprise.Actual.Should().Be(2);
        enterprise.Floor.Should().Be(10);
    }

    [Fact]
    public async Task A_percent_is_recomputed_from_summed_numerators_and_denominators_not_averaged()
    {
        await Report(CommuneCode(40), 300, 1_000);
        await Report(CommuneCode(41), 100, 3_000);

        var province = await MonitoringApi.ActualAsync(Client, 2024, Code, "AWARE_LF");
        var commune = await MonitoringApi.ActualAsync(Client, 2024, CommuneCode(40), "AWARE_LF");

        commune!.Percent.Should().Be(30);
        province!.Value.Should().Be(400);
        province.Denominator.Should().Be(4_000);
        province.Percent.Should().Be(10);
    }

    [Fact]
    public async Task A_value_reported_by_the_province_itself_stands_for_the_whole_province()
    {
        await Report(CommuneCode(50), 500, 1_000, 2022);
        await Report(Code, 540_000, 1_000_000, 2022);

        var province = await MonitoringApi.ActualAsync(Client, 2022, Code, "AWARE_LF");
        var progress = await MonitoringApi.ProgressAsync(Client, 2022, Code, "AWARE_LF");

        province!.Value.Should().Be(540_000);
        province.Percent.Should().Be(54);
        province.Reported.Should().BeTrue();
        progress.Floor.Should().Be(450_000);
        progress.Status.Should().Be(ProgressStatus.Achieved);
    }

    [Fact]
    public async Task A_percent_value_without_its_denominator_or_source_is_rejected_and_nothing_is_recorded()
    {
        var response = await Client.PostAsJsonAsync("/api/monitoring/indicator-values",
            new { unitCode = CommuneCode(60), year = 2024, indicatorCode = "AWARE_VOL", value = 10 });
        var notReportable = await Client.PostAsJsonAsync("/api/monitoring/indicator-values",
            new { unitCode = CommuneCode(60), year = 2024, indicatorCode = "RADIO_VOL", value = 10, source = "x" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors!.Keys.Should().BeEquivalentTo("denominator", "source");
        notReportable.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(notReportable)).Errors!.Keys.Should().BeEquivalentTo("indicatorCode");
        (await MonitoringApi.ActualAsync(Client, 2024, CommuneCode(60), "AWARE_VOL")).Should().BeNull();
    }

    private async Task Report(string unit, long value, long denominator, int year = 2024)
    {
        var response = await Client.PostAsJsonAsync(
            "/api/monitoring/indicator-values",
            new
            {
                unitCode = unit,
                year,
                indicatorCode = "AWARE_LF",
                value,
                denominator,
                source = "Khảo sát xã hội học 2024",
            }
        );
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
