using System.Net;
using System.Net.Http.Json;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Scope;

/// <summary>
/// T1's planner writing about T2: single writes answer 404, a file with a row of T2 is rejected whole naming the row,
/// a report of T2's plan cannot be submitted; nothing at all is written.
/// </summary>
public sealed class MonitoringWriteScopeTests(TwoProvincesMonitoringFixture platform) : IClassFixture<TwoProvincesMonitoringFixture>
{
    [Fact]
    public async Task Single_writes_about_another_province_answer_404_and_write_nothing()
    {
        var before = await platform.AllRowsAsync();
        var client = platform.Province;

        var responses = new[]
        {
            await client.PostAsJsonAsync("/api/monitoring/activities", new
            {
                unitCode = "T2001", date = "2022-04-01", kind = "radio_broadcast", audienceGroup = "voluntary_participants", communicationForm = "loudspeaker_radio",
            }),
            await client.PostAsJsonAsync("/api/monitoring/indicator-values",
                new { unitCode = "T2", year = 2022, indicatorCode = "AWARE_LF", value = 1, denominator = 10, source = "x" }),
            await client.PostAsJsonAsync("/api/monitoring/plans/T2-2021-2025/reports/2022/submission", new { by = "Planner of T1" }),
            await client.PostAsJsonAsync("/api/monitoring/plans/VN-2021-2025/reports/2022/submission", new { by = "Planner of T1" }),
            await platform.Commune.PostAsJsonAsync("/api/monitoring/activities", new
            {
                unitCode = "T1002", date = "2022-04-01", kind = "radio_broadcast", audienceGroup = "voluntary_participants", communicationForm = "loudspeaker_radio",
            }),
        };

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.NotFound);
        (await Problem.ReadAsync(responses[0])).Detail.Should().Be("No unit 'T2001' is in force on 2022-04-01.");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task An_activity_file_with_a_row_of_another_province_is_rejected_whole_and_nothing_is_written()
    {
        var before = await platform.AllRowsAsync();

        var response = await platform.Province.PostCsvAsync("/api/monitoring/activities/import",
            MonitoringApi.ImportHeader + MonitoringApi.Line("T1003", new DateOnly(2022, 6, 1), "radio_broadcast") + MonitoringApi.Line("T2002", new DateOnly(2022, 6, 1), "radio_broadcast"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Errors!.Keys.Should().Equal("row 2");
        problem.Errors["row 2"].Should().Equal("Row 2: unit_code: no unit 'T2002' is in force on 2022-06-01.");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }
}
