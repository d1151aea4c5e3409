using System.Net;
using System.Net.Http.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.Progress;

/// <summary>
/// The chart of a unit's year (<see cref="GetProgressSeriesQuery"/>): in 2021, 20 radio broadcasts of T1001 (9 in
/// January, 8 in February, 3 in March), a grassroots conference of T1002 on 10 February and a surveyed AWARE_LF of
/// T1003 reported on 10 April; each month end must show what the progress of that day shows.
/// </summary>
public sealed class ProgressSeriesTests(CascadedProvinceFixture fixture)
    : IClassFixture<CascadedProvinceFixture>,
        IAsyncLifetime
{
    private static readonly DateOnly MidYear = new(2021, 6, 30);

    private HttpClient Client => fixture.Client;

    public async Task InitializeAsync()
    {
        if (await MonitoringApi.ActivityCountAsync(Client) > 0)
        {
            return;
        }

        await MonitoringApi.ImportAsync(
            Client,
            MonitoringApi.Broadcasts(CommuneCode(1), 2021, 20)
                + MonitoringApi.Line(CommuneCode(2), new DateOnly(2021, 2, 10), "grassroots_conference")
        );
        var reported = await Client.PostAsJsonAsync(
            "/api/monitoring/indicator-values",
            new
            {
                unitCode = CommuneCode(3),
                year = 2021,
                indicatorCode = "AWARE_LF",
                value = 400L,
                denominator = 1000L,
                source = "Khảo sát 2021",
                reportedOn = "2021-04-10",
            }
        );
        reported.StatusCode.Should().Be(HttpStatusCode.OK, await reported.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_20_broadcasts_by_8_March_When_drawn_as_of_30_June_Then_the_months_read_9_17_20_20_20_20_and_the_expected_line_climbs_to_104()
    {
        var series = await SendAsync(Admin, new GetProgressSeriesQuery(CommuneCode(1), 2021, MidYear));

        var radio = series.Indicators.Single(i => i.IndicatorCode == "RADIO_VOL");
        radio.Floor.Should().Be(104);
        radio.Actual.Should().Equal(9, 17, 20, 20, 20, 20, null, null, null, null, null, null);
        radio.Expected[0].Should().Be(8.83);
        radio.Expected[5].Should().Be(51.57);
        radio.Expected[11].Should().Be(104);
        series.MonthEnds[1].Should().Be(new DateOnly(2021, 2, 28));
        series.AsOf.Should().Be(MidYear);
    }

    [Theory]
    [InlineData("T1001", "RADIO_VOL")]
    [InlineData("T1", "RADIO_VOL")]
    [InlineData("T1", "GRASSROOTS_CONF")]
    [InlineData("T1003", "AWARE_LF")]
    [InlineData("T1", "AWARE_LF")]
    public async Task Each_month_end_shows_the_actual_that_the_progress_of_that_day_shows(string unit, string indicator)
    {
        var series = await SendAsync(Admin, new GetProgressSeriesQuery(unit, 2021, MidYear));
        var line = series.Indicators.Single(i => i.IndicatorCode == indicator);

        var expected = new List<long?>();
        foreach (var end in series.MonthEnds.Take(5).Append(MidYear))
        {
            expected.Add((await MonitoringApi.ProgressAsync(Client, 2021, unit, indicator, end)).Actual);
        }

        line.Actual.Take(6).Should().Equal(expected);
        line.Actual.Take(6).Should().Contain(v => v > 0, "the data of the test must show in every line it checks");
    }

    [Fact]
    public async Task After_the_year_every_month_has_its_point_and_before_it_none()
    {
        var after = await SendAsync(Admin, new GetProgressSeriesQuery(CommuneCode(1), 2021, new DateOnly(2022, 1, 15)));
        var before = await SendAsync(
            Admin,
            new GetProgressSeriesQuery(CommuneCode(1), 2021, new DateOnly(2020, 12, 1))
        );

        after
            .Indicators.Single(i => i.IndicatorCode == "RADIO_VOL")
            .Actual.Should()
            .Equal(9, 17, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20);
        before.Indicators.Single(i => i.IndicatorCode == "RADIO_VOL").Actual.Should().OnlyContain(v => v == null);
        before.Indicators.Single(i => i.IndicatorCode == "RADIO_VOL").Expected[11].Should().Be(104);
    }

    [Fact]
    public async Task A_commune_officer_draws_their_own_commune_and_another_commune_is_not_found()
    {
        var officer = PlatformFactory.Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune(CommuneCode(2)));

        var own = await SendAsync(officer, new GetProgressSeriesQuery(CommuneCode(2), 2021, MidYear));
        var other = () => SendAsync(officer, new GetProgressSeriesQuery(CommuneCode(1), 2021, MidYear));

        own.Indicators.Should().Contain(i => i.IndicatorCode == "RADIO_VOL");
        await other.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task A_unit_without_obligations_that_year_has_no_lines()
    {
        var series = await SendAsync(
            Admin,
            new GetProgressSeriesQuery(CommuneCode(1), 2030, new DateOnly(2030, 6, 30))
        );

        series.Indicators.Should().BeEmpty();
        series.MonthEnds.Should().HaveCount(12);
    }

    private static ICurrentCaller Admin => PlatformFactory.Caller(PlatformRoles.Administrator, UnitScope.Nation);

    /// <summary>Sends the request through the platform's mediator and pipeline as <paramref name="caller"/>, as the web
    /// interface does.</summary>
    private async Task<T> SendAsync<T>(ICurrentCaller caller, IRequest<T> request)
    {
        var host = fixture.Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.RemoveAll<ICurrentCaller>();
            services.AddScoped(_ => caller);
        }));
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
