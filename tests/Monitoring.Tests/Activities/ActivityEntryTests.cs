using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.ReadModel;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.Activities;

/// <summary>Activities entered one by one or imported; bad input is a 400 that names the field or row and writes
/// nothing.</summary>
public sealed class ActivityEntryTests(CascadedProvinceFixture fixture) : IClassFixture<CascadedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_import_with_bad_rows_names_each_row_and_writes_nothing()
    {
        var before = await MonitoringApi.ActivityCountAsync(Client);
        var lines =
            MonitoringApi.Line(CommuneCode(1), new DateOnly(2022, 1, 5), "radio_broadcast") +
            MonitoringApi.Line(CommuneCode(1), new DateOnly(2022, 1, 6), "fireworks") +
            MonitoringApi.Line("T1999", new DateOnly(2022, 1, 7), "radio_broadcast") +
            $"{CommuneCode(2)},07/01/2022x,radio_broadcast,voluntary_participants,loudspeaker_radio,1,,\n" +
            $"{CommuneCode(2)},2022-01-08,radio_broadcast,voluntary_participants,loudspeaker_radio,-3,,\n";

        var response = await Client.PostCsvAsync(
            "/api/monitoring/activities/import",
            MonitoringApi.ImportHeader + lines
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Errors!.Keys.Should().BeEquivalentTo("row 2", "row 3", "row 4", "row 5");
        problem
            .Errors["row 2"]
            .Should()
            .ContainSingle()
            .Which.Should()
            .StartWith("Row 2: kind: kind 'fireworks' is not one of:");
        problem.Errors["row 3"].Should().Equal("Row 3: unit_code: no unit 'T1999' is in force on 2022-01-07.");
        problem.Errors["row 4"].Should().Equal("Row 4: date: '07/01/2022x' is not a date (yyyy-MM-dd).");
        problem.Errors["row 5"].Should().Equal("Row 5: count: '-3' is not a whole number ≥ 0.");
        problem.Detail.Should().StartWith("The file was rejected and nothing was imported. Row 2:");
        (await MonitoringApi.ActivityCountAsync(Client)).Should().Be(before);
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_rejected_as_a_whole()
    {
        var response = await Client.PostCsvAsync(
            "/api/monitoring/activities/import",
            "unit_code,date\nT1001,2022-01-01\n"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response))
            .Errors!["file"][0]
            .Should()
            .Contain("missing: kind, audience_group, communication_form");
    }

    [Fact]
    public async Task Importing_the_same_file_twice_adds_its_activities_once()
    {
        var lines = MonitoringApi.Broadcasts(CommuneCode(70), 2024, 6);

        var first = await MonitoringApi.ImportAsync(Client, lines);
        var second = await MonitoringApi.ImportAsync(Client, lines);

        first.Added.Should().Be(6);
        second.Added.Should().Be(0);
        second.Unchanged.Should().Be(6);
        (await MonitoringApi.ActualAsync(Client, 2024, CommuneCode(70), "RADIO_VOL"))!.Value.Should().Be(6);
    }

    [Fact]
    public async Task An_activity_entered_alone_is_recorded_with_the_indicators_it_feeds()
    {
        var response = await Client.PostAsJsonAsync("/api/monitoring/activities", new
        {
            unitCode = CommuneCode(80),
            date = "2025-03-01",
            kind = "grassroots_conference",
            audienceGroup = "voluntary_participants",
            communicationForm = "conference",
            count = 1,
            participants = 120,
            notes = "Hội nghị tại nhà văn hóa thôn",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var view = await response.ReadAsync<ActivityView>();
        view.Indicators.Should().Equal("GRASSROOTS_CONF", "GRASSROOTS_CONF_COUNT");
        view.Participants.Should().Be(120);
    }

    [Fact]
    public async Task An_activity_with_bad_fields_is_a_400_naming_each_field_and_records_nothing()
    {
        var before = await MonitoringApi.ActivityCountAsync(Client);

        var response = await Client.PostAsJsonAsync(
            "/api/monitoring/activities",
            new
            {
                unitCode = CommuneCode(80),
                date = "2026-04-01",
                kind = "radio_broadcast",
                audienceGroup = "aliens",
                communicationForm = "loudspeaker_radio",
                count = 0,
            }
        );
        var unknownUnit = await Client.PostAsJsonAsync(
            "/api/monitoring/activities",
            new
            {
                unitCode = "T1999",
                date = "2022-04-01",
                kind = "radio_broadcast",
                audienceGroup = "voluntary_participants",
                communicationForm = "loudspeaker_radio",
            }
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors!.Keys.Should().BeEquivalentTo("date", "audienceGroup", "count");
        unknownUnit.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(unknownUnit))
            .Errors!["unitCode"]
            .Should()
            .Equal("no unit 'T1999' is in force on 2022-04-01.");
        (await MonitoringApi.ActivityCountAsync(Client)).Should().Be(before);
    }

    [Fact]
    public async Task An_Excel_workbook_with_date_cells_is_imported_and_read_back_through_the_ActivityReports_read_model()
    {
        var rows = new[]
        {
            new Dictionary<string, object?>
            {
                ["unit_code"] = CommuneCode(90),
                ["date"] = new DateTime(2023, 5, 4),
                ["kind"] = "sms_campaign",
                ["audience_group"] = "voluntary_participants",
                ["communication_form"] = "sms",
                ["count"] = 3,
                ["participants"] = 1500,
                ["notes"] = "Tin nhắn tháng BHXH toàn dân",
            },
            new Dictionary<string, object?>
            {
                ["unit_code"] = CommuneCode(90),
                ["date"] = new DateTime(2023, 5, 9),
                ["kind"] = "radio_broadcast",
                ["audience_group"] = "voluntary_participants",
                ["communication_form"] = "loudspeaker_radio",
                ["count"] = 2,
                ["participants"] = null,
                ["notes"] = null,
            },
        };
        using var workbook = new MemoryStream();
        workbook.SaveAs(rows, excelType: ExcelType.XLSX);
        var content = new ByteArrayContent(workbook.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );

        var response = await Client.PostAsync("/api/monitoring/activities/import", content);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var read = (
            await scope
                .ServiceProvider.GetRequiredService<MonitoringReadModel>()
                .AllActivityReportsAsync(CancellationToken.None)
        )
            .Where(a => a.UnitCode == CommuneCode(90))
            .OrderBy(a => a.Date)
            .ToList();
        read.Select(a => (a.Date, a.Kind, a.IndicatorCode, a.Count))
            .Should()
            .Equal(
                (new DateOnly(2023, 5, 4), "sms_campaign", (string?)null, 3L),
                (new DateOnly(2023, 5, 9), "radio_broadcast", "RADIO_VOL", 2L)
            );
        read[0].Notes.Should().Be("Tin nhắn tháng BHXH toàn dân");
    }

    [Theory]
    [InlineData("/api/monitoring/actuals?year=2022&asOf=30-06-2022")]
    [InlineData("/api/monitoring/progress?year=2022&status=Sideways")]
    [InlineData("/api/monitoring/deadlines?year=1999")]
    [InlineData("/api/monitoring/activities?top=0")]
    public async Task A_malformed_query_is_a_400_problem(string url)
    {
        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_problem_and_records_nothing()
    {
        var before = await MonitoringApi.ActivityCountAsync(Client);

        var response = await Client.PostAsync(
            "/api/monitoring/activities",
            new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json")
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await MonitoringApi.ActivityCountAsync(Client)).Should().Be(before);
    }
}
