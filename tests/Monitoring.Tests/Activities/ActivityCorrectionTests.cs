using System.Net;
using System.Net.Http.Json;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Tests.Support;
using Platform.Monitoring.YearlyReports;
using Platform.TestKit;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.Activities;

/// <summary>
/// An activity carries its version as ETag and can be corrected (PUT) or withdrawn (DELETE), honouring If-Match, until
/// the yearly report of its unit and year is submitted; a submission's note can be amended the same way.
/// </summary>
public sealed class ActivityCorrectionTests(CascadedProvinceFixture fixture) : IClassFixture<CascadedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task An_activity_is_read_with_its_ETag_and_corrected_with_a_matching_If_Match()
    {
        var id = await RecordAsync(CommuneCode(11), "2022-03-01", count: 2);
        var read = await Client.GetAsync($"/api/monitoring/activities/{id}");
        read.Headers.ETag!.Tag.Should().Be("\"1\"");

        var corrected = await SendAsync(
            HttpMethod.Put,
            id,
            "\"1\"",
            Activity(CommuneCode(11), "2022-03-02", count: 3, notes: "Bản tin sửa lại")
        );

        corrected.StatusCode.Should().Be(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        corrected.Headers.ETag!.Tag.Should().Be("\"2\"");
        (await Client.GetAsync<ActivityView>($"/api/monitoring/activities/{id}"))
            .Should()
            .BeEquivalentTo(
                new
                {
                    Id = id,
                    UnitCode = CommuneCode(11),
                    Date = new DateOnly(2022, 3, 2),
                    Kind = "radio_broadcast",
                    Count = 3L,
                    Notes = "Bản tin sửa lại",
                    Version = 2,
                }
            );
    }

    [Fact]
    public async Task A_stale_correction_or_withdrawal_is_412_and_changes_nothing()
    {
        var id = await RecordAsync(CommuneCode(12), "2022-04-01", count: 2);
        (await SendAsync(HttpMethod.Put, id, "\"1\"", Activity(CommuneCode(12), "2022-04-01", count: 5)))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);

        var staleCorrection = await SendAsync(
            HttpMethod.Put,
            id,
            "\"1\"",
            Activity(CommuneCode(12), "2022-04-01", count: 9)
        );
        var staleWithdrawal = await SendAsync(HttpMethod.Delete, id, "\"1\"", null);

        (staleCorrection.StatusCode, staleWithdrawal.StatusCode)
            .Should()
            .Be((HttpStatusCode.PreconditionFailed, HttpStatusCode.PreconditionFailed));
        (await Problem.ReadAsync(staleCorrection)).Title.Should().Be("Precondition failed");
        (await Client.GetAsync<ActivityView>($"/api/monitoring/activities/{id}"))
            .Should()
            .BeEquivalentTo(
                new
                {
                    Count = 5L,
                    Date = new DateOnly(2022, 4, 1),
                    Version = 2,
                }
            );
    }

    [Fact]
    public async Task A_bad_correction_is_400_and_changes_nothing()
    {
        var id = await RecordAsync(CommuneCode(13), "2022-05-01", count: 2);

        var response = await SendAsync(
            HttpMethod.Put,
            id,
            null,
            Activity(CommuneCode(13), "2022-05-01", count: 0, kind: "fireworks")
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors!.Keys.Should().BeEquivalentTo("kind", "count");
        (await Client.GetAsync<ActivityView>($"/api/monitoring/activities/{id}"))
            .Should()
            .BeEquivalentTo(
                new
                {
                    Kind = "radio_broadcast",
                    Count = 2L,
                    Version = 1,
                }
            );
    }

    [Fact]
    public async Task A_withdrawn_activity_is_gone()
    {
        var id = await RecordAsync(CommuneCode(14), "2022-06-01", count: 1);

        var withdrawn = await SendAsync(HttpMethod.Delete, id, "\"1\"", null);

        withdrawn.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.GetAsync($"/api/monitoring/activities/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await SendAsync(HttpMethod.Delete, id, null, null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Of_two_concurrent_corrections_with_the_same_ETag_exactly_one_succeeds()
    {
        var id = await RecordAsync(CommuneCode(15), "2022-07-01", count: 1);

        var responses = await Task.WhenAll(
            SendAsync(HttpMethod.Put, id, "\"1\"", Activity(CommuneCode(15), "2022-07-01", count: 2)),
            SendAsync(HttpMethod.Put, id, "\"1\"", Activity(CommuneCode(15), "2022-07-01", count: 3)));

        responses
            .Select(r => r.StatusCode)
            .Should()
            .BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        var winner = await responses.Single(r => r.IsSuccessStatusCode).ReadAsync<ActivityView>();
        (await Client.GetAsync<ActivityView>($"/api/monitoring/activities/{id}"))
            .Should()
            .BeEquivalentTo(new { winner.Count, Version = 2 });
    }

    [Fact]
    public async Task Once_the_years_report_is_submitted_its_activities_can_no_longer_be_corrected_withdrawn_or_moved_into_it()
    {
        var counted = await RecordAsync(CommuneCode(16), "2022-02-01", count: 2);
        var other = await RecordAsync(CommuneCode(17), "2022-02-01", count: 2);
        await MonitoringApi.SubmitAsync(Client, CommunePlan(16), 2022);

        var correction = await SendAsync(
            HttpMethod.Put,
            counted,
            "\"1\"",
            Activity(CommuneCode(16), "2022-02-01", count: 3)
        );
        var withdrawal = await SendAsync(HttpMethod.Delete, counted, "\"1\"", null);
        var moveIn = await SendAsync(HttpMethod.Put, other, "\"1\"", Activity(CommuneCode(16), "2022-02-01", count: 2));

        (correction.StatusCode, withdrawal.StatusCode, moveIn.StatusCode)
            .Should()
            .Be((HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict));
        (await Problem.ReadAsync(correction))
            .Detail.Should()
            .Be(
                $"The 2022 report of unit {CommuneCode(16)} (plan {CommunePlan(16)}) has been submitted; activity "
                    + $"{counted} can no longer be corrected or withdrawn for that unit and year."
            );
        (await Client.GetAsync<ActivityView>($"/api/monitoring/activities/{counted}"))
            .Should()
            .BeEquivalentTo(new { Count = 2L, Version = 1 });
        (await Client.GetAsync<ActivityView>($"/api/monitoring/activities/{other}"))
            .Should()
            .BeEquivalentTo(new { UnitCode = CommuneCode(17), Version = 1 });
    }

    [Fact]
    public async Task A_submissions_note_is_amended_with_If_Match_and_the_frozen_report_shows_it()
    {
        await MonitoringApi.SubmitAsync(Client, CommunePlan(18), 2022);
        var url = $"/api/monitoring/plans/{CommunePlan(18)}/reports/2022/submission";
        var read = await Client.GetAsync(url);
        read.Headers.ETag!.Tag.Should().Be("\"1\"");

        var amended = await AmendAsync(url, "\"1\"", "Bổ sung số liệu hội nghị tháng 12");
        var stale = await AmendAsync(url, "\"1\"", "Ghi chú cũ");

        (amended.StatusCode, stale.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.PreconditionFailed));
        amended.Headers.ETag!.Tag.Should().Be("\"2\"");
        (await Client.GetAsync<SubmissionView>(url))
            .Should()
            .BeEquivalentTo(
                new
                {
                    PlanCode = CommunePlan(18),
                    Year = 2022,
                    Note = "Bổ sung số liệu hội nghị tháng 12",
                    Version = 2,
                }
            );
        (await MonitoringApi.ReportAsync(Client, CommunePlan(18), 2022))
            .Submission!.Note.Should()
            .Be("Bổ sung số liệu hội nghị tháng 12");
        (await Client.GetAsync($"/api/monitoring/plans/{CommunePlan(19)}/reports/2022/submission"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> AmendAsync(string url, string ifMatch, string note)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { note }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Client.SendAsync(request);
    }

    private async Task<int> RecordAsync(string unit, string date, long count)
    {
        var response = await Client.PostAsJsonAsync("/api/monitoring/activities", Activity(unit, date, count));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        return (await response.ReadAsync<ActivityView>()).Id;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, int id, string? ifMatch, object? body)
    {
        var request = new HttpRequestMessage(method, $"/api/monitoring/activities/{id}")
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }

    private static object Activity(
        string unit,
        string date,
        long count,
        string? notes = null,
        string kind = "radio_broadcast"
    ) =>
        new
        {
            unitCode = unit,
            date,
            kind,
            audienceGroup = "voluntary_participants",
            communicationForm = "loudspeaker_radio",
            count,
            notes,
        };
}
