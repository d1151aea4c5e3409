using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Scope;

/// <summary>
/// T1's planner writing about T2: single writes answer 404, a file with a row of T2 is rejected whole naming the row,
/// a report of T2's plan cannot be submitted; nothing at all is written.
/// </summary>
public sealed class MonitoringWriteScopeTests(TwoProvincesMonitoringFixture platform)
    : IClassFixture<TwoProvincesMonitoringFixture>
{
    [Fact]
    public async Task Single_writes_about_another_province_answer_404_and_write_nothing()
    {
        var before = await platform.AllRowsAsync();
        var client = platform.Province;

        var responses = new[]
        {
            await client.PostAsJsonAsync(
                "/api/monitoring/activities",
                new
                {
                    unitCode = "T2001",
                    date = "2022-04-01",
                    kind = "radio_broadcast",
                    audienceGroup = "voluntary_participants",
                    communicationForm = "loudspeaker_radio",
                }
            ),
            await client.PostAsJsonAsync(
                "/api/monitoring/indicator-values",
                new
                {
                    unitCode = "T2",
                    year = 2022,
                    indicatorCode = "AWARE_LF",
                    value = 1,
                    denominator = 10,
                    source = "x",
                }
            ),
            await client.PostAsJsonAsync(
                "/api/monitoring/plans/T2-2021-2025/reports/2022/submission",
                new { by = "Planner of T1" }
            ),
            await client.PostAsJsonAsync(
                "/api/monitoring/plans/VN-2021-2025/reports/2022/submission",
                new { by = "Planner of T1" }
            ),
            await platform.Commune.PostAsJsonAsync(
                "/api/monitoring/activities",
                new
                {
                    unitCode = "T1002",
                    date = "2022-04-01",
                    kind = "radio_broadcast",
                    audienceGroup = "voluntary_participants",
                    communicationForm = "loudspeaker_radio",
                }
            ),
        };

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.NotFound);
        (await Problem.ReadAsync(responses[0])).Detail.Should().Be("No unit 'T2001' is in force on 2022-04-01.");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task An_activity_file_with_a_row_of_another_province_is_rejected_whole_and_nothing_is_written()
    {
        var before = await platform.AllRowsAsync();

        var response = await platform.Province.PostCsvAsync(
            "/api/monitoring/activities/import",
            MonitoringApi.ImportHeader
                + MonitoringApi.Line("T1003", new DateOnly(2022, 6, 1), "radio_broadcast")
                + MonitoringApi.Line("T2002", new DateOnly(2022, 6, 1), "radio_broadcast")
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Errors!.Keys.Should().Equal("row 2");
        problem.Errors["row 2"].Should().Equal("Row 2: unit_code: no unit 'T2002' is in force on 2022-06-01.");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Theory]
    [InlineData("province")]
    [InlineData("commune")]
    public async Task A_code_that_does_not_exist_answers_as_a_unit_outside_the_scope_and_writes_nothing(string scope)
    {
        var before = await platform.AllRowsAsync();
        var client = platform.For(scope);
        var t1001 = await FirstActivityOfAsync("T1001");

        async Task<(HttpStatusCode, string?, bool)> Answer(Task<HttpResponseMessage> sending)
        {
            var response = await sending;
            var problem = await Problem.ReadAsync(response);
            return (response.StatusCode, problem.Detail, problem.Errors is null);
        }

        Task<HttpResponseMessage> Record(string unit) =>
            client.PostAsJsonAsync("/api/monitoring/activities", Activity(unit));
        Task<HttpResponseMessage> Correct(string unit) =>
            client.PutAsJsonAsync($"/api/monitoring/activities/{t1001}", Activity(unit));
        Task<HttpResponseMessage> Report(string unit) =>
            client.PostAsJsonAsync("/api/monitoring/indicator-values", Value(unit));
        static (HttpStatusCode, string, bool) NotFound(string unit, string when) =>
            (HttpStatusCode.NotFound, $"No unit '{unit}' is in force {when}.", true);

        (await Answer(Record("T9999"))).Should().Be(NotFound("T9999", "on 2022-04-01"));
        (await Answer(Record("T2001"))).Should().Be(NotFound("T2001", "on 2022-04-01"));
        (await Answer(Report("T9"))).Should().Be(NotFound("T9", "in 2022"));
        (await Answer(Report("T2"))).Should().Be(NotFound("T2", "in 2022"));
        if (scope == "province")
        {
            // T1001's officer cannot reach this activity of T1001 at all (one of T1's own); T1's planner can, and
            // may not move it to a code it cannot see.
            (await Answer(Correct("T9999"))).Should().Be(NotFound("T9999", "on 2022-04-01"));
            (await Answer(Correct("T2001"))).Should().Be(NotFound("T2001", "on 2022-04-01"));
        }

        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_caller_who_sees_the_whole_nation_is_told_the_code_is_not_in_force_on_the_field()
    {
        var before = await platform.AllRowsAsync();
        var client = platform.CreateClientFor(PlatformFactory.Caller(PlatformRoles.NationalPlanner, UnitScope.Nation));

        var activity = await client.PostAsJsonAsync("/api/monitoring/activities", Activity("T9999"));
        var value = await client.PostAsJsonAsync("/api/monitoring/indicator-values", Value("T9"));

        (activity.StatusCode, value.StatusCode).Should().Be((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest));
        (await Problem.ReadAsync(activity)).Errors!["unitCode"]
            .Should().Equal("no unit 'T9999' is in force on 2022-04-01.");
        (await Problem.ReadAsync(value)).Errors!["unitCode"].Should().Equal("no unit 'T9' is in force in 2022.");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    private static object Activity(string unit) => new
    {
        unitCode = unit, date = "2022-04-01", kind = "radio_broadcast",
        audienceGroup = "voluntary_participants", communicationForm = "loudspeaker_radio",
    };

    private static object Value(string unit) =>
        new { unitCode = unit, year = 2022, indicatorCode = "AWARE_LF", value = 1, denominator = 10, source = "x" };

    private async Task<int> FirstActivityOfAsync(string unit)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MonitoringDbContext>().Activities.AsNoTracking()
            .Where(a => a.UnitCode == unit).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
    }
}
