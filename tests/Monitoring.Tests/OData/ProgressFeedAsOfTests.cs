using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Monitoring.Tests.Support;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.OData;

/// <summary>
/// The computed sets of the feed as of a chosen date (<c>?asOf=</c>), and kept between pages only while the database
/// does not change: RADIO_VOL of a commune with 52 broadcasts by 30 June 2021 (104 a year).
/// </summary>
public sealed class ProgressFeedAsOfTests(CascadedProvinceFixture fixture)
    : IClassFixture<CascadedProvinceFixture>,
        IAsyncLifetime
{
    private static readonly string[] DescribedProperties =
        ["AsOf", "Floor", "Actual", "ElapsedShare", "Expected", "Status"];

    private static readonly CompositeFormat Radio = CompositeFormat.Parse(
        "Progress?asOf={0}&$filter=UnitCode eq '{1}' and Year eq 2021 and IndicatorCode eq "
            + "'RADIO_VOL'&$select=AsOf,Floor,Actual,ElapsedShare,Expected,Status"
    );

    private HttpClient Client => fixture.Client;

    public async Task InitializeAsync()
    {
        if (await MonitoringApi.ActivityCountAsync(Client) == 0)
        {
            await MonitoringApi.ImportAsync(Client, MonitoringApi.Broadcasts(CommuneCode(1), 2021, 52));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Progress_as_of_30_June_is_on_track_and_as_of_31_December_behind()
    {
        var midYear = await RowAsync(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, Radio, "2021-06-30", CommuneCode(1))
        );
        var yearEnd = await RowAsync(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, Radio, "2021-12-31", CommuneCode(1))
        );

        Describe(midYear).Should().Be("2021-06-30 104 52 0.4959 51.57 OnTrack");
        Describe(yearEnd).Should().Be("2021-12-31 104 52 1.0 104.0 Behind");
    }

    [Fact]
    public async Task An_activity_recorded_after_a_read_is_in_the_next_read()
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, Radio, "2021-06-30", CommuneCode(4));
        var before = await RowAsync(url);

        await MonitoringApi.ImportAsync(Client, MonitoringApi.Broadcasts(CommuneCode(4), 2021, 7));
        var after = await RowAsync(url);

        before.GetProperty("Actual").GetInt64().Should().Be(0);
        after.GetProperty("Actual").GetInt64().Should().Be(7);
    }

    [Theory]
    [InlineData("Progress?asOf=30/06/2021")]
    [InlineData("IndicatorActuals?asOf=2021-02-30")]
    [InlineData("ReportingDeadlines?asOf=1999-12-31")]
    public async Task A_bad_asOf_is_a_400_OData_error_that_says_how_to_write_it(string relative)
    {
        var response = await Client.GetAsync("/odata/" + relative);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        JsonDocument
            .Parse(body)
            .RootElement.GetProperty("error")
            .GetProperty("message")
            .GetString()
            .Should()
            .Contain("asOf=2026-06-30");
    }

    private static string Describe(JsonElement row) =>
        string.Join(
            ' ',
            DescribedProperties.Select(p =>
                row.GetProperty(p).ValueKind == JsonValueKind.String
                    ? row.GetProperty(p).GetString()
                    : row.GetProperty(p).GetRawText()
            )
        );

    private async Task<JsonElement> RowAsync(string relative)
    {
        var question = relative.IndexOf('?', StringComparison.Ordinal);
        var query = string.Join(
            '&',
            relative[(question + 1)..]
                .Split('&')
                .Select(p =>
                    p[..p.IndexOf('=', StringComparison.Ordinal)]
                    + "="
                    + Uri.EscapeDataString(p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..])
                )
        );
        var response = await Client.GetAsync("/odata/" + relative[..question] + "?" + query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("value").EnumerateArray().Single().Clone();
    }
}
