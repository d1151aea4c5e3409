using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Robustness.Tests.Support;

namespace Platform.Robustness.Tests;

/// <summary>
/// Values that parse but make no sense in the domain — percentages over 100 % or negative, years outside the plan or
/// in the future, counts out of range, impossible transitions — are refused with the rule they break, and nothing is
/// written.
/// </summary>
public sealed class DomainRangeTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    private static readonly string[] P1Only = ["P1"];

    [Fact]
    public async Task An_override_floor_of_150_percent_of_the_denominator_is_a_422_saying_100_percent_is_the_most()
    {
        var floor = platform.ObligationDenominator * 3 / 2;

        var refused = await OverrideAsync(new { floor, reason = "150 %" });

        refused.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        refused.Message.Should().Contain("150 %").And.Contain("cannot exceed 100 %");
    }

    [Fact]
    public async Task An_override_stretch_over_the_denominator_is_a_422()
    {
        var refused = await OverrideAsync(
            new
            {
                floor = platform.ObligationFloor,
                stretch = platform.ObligationDenominator + 1,
                reason = "stretch",
            }
        );

        refused.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        refused.Message.Should().Contain("stretch");
    }

    [Theory]
    [InlineData(-1L, null, "floor must not be negative.")]
    [InlineData(1L, null, "The floor may not go below")]
    [InlineData(null, 5L, "floor is required.")]
    public async Task An_override_floor_that_is_negative_missing_or_below_the_parent_is_refused(
        long? floor,
        long? stretch,
        string expected
    )
    {
        var refused = await OverrideAsync(new { floor, stretch, reason = "thử" });

        refused.Message.Should().Contain(expected);
    }

    [Fact]
    public async Task An_override_stretch_below_its_floor_is_a_400()
    {
        var refused = await OverrideAsync(
            new
            {
                floor = platform.ObligationFloor + 10,
                stretch = platform.ObligationFloor,
                reason = "thử",
            }
        );

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Message.Should().Contain("stretch must not be below floor.");
    }

    [Theory]
    [InlineData(
        "{\"unitCode\":\"T1\",\"year\":2024,\"indicatorCode\":\"AWARE_LF\",\"value\":1500,\"denominator\":1000,"
        + "\"source\":\"x\"}",
        "denominator must not be smaller than value."
    )]
    [InlineData(
        "{\"unitCode\":\"T1\",\"year\":2024,\"indicatorCode\":\"AWARE_LF\",\"value\":-1,\"denominator\":1000,"
        + "\"source\":\"x\"}",
        "value must be a whole number ≥ 0."
    )]
    [InlineData(
        "{\"unitCode\":\"T1\",\"year\":2024,\"indicatorCode\":\"AWARE_LF\",\"value\":0,\"denominator\":0,"
        + "\"source\":\"x\"}",
        "needs its denominator (> 0)"
    )]
    [InlineData(
        "{\"unitCode\":\"T1\",\"year\":1999,\"indicatorCode\":\"AWARE_LF\",\"value\":1,\"denominator\":10,"
        + "\"source\":\"x\"}",
        "year must be from 2000 to 2026."
    )]
    [InlineData(
        "{\"unitCode\":\"T1\",\"year\":2027,\"indicatorCode\":\"AWARE_LF\",\"value\":1,\"denominator\":10,"
        + "\"source\":\"x\"}",
        "year must be from 2000 to 2026."
    )]
    [InlineData(
        "{\"unitCode\":\"T1\",\"year\":2020,\"indicatorCode\":\"AWARE_LF\",\"value\":1,\"denominator\":10,"
        + "\"source\":\"x\"}",
        "no unit 'T1' is in force in 2020."
    )]
    [InlineData(
        "{\"unitCode\":\"T1\",\"year\":2024,\"indicatorCode\":\"RADIO_VOL\",\"value\":1,\"source\":\"x\"}",
        "cannot be reported directly"
    )]
    [InlineData(
        "{\"unitCode\":\"T1\",\"year\":2024,\"indicatorCode\":\"AWARE_LF\",\"value\":1,\"denominator\":10,"
        + "\"source\":\"x\",\"reportedOn\":\"2026-03-16\"}",
        "must not be after today"
    )]
    public async Task A_reported_value_over_100_percent_negative_or_for_a_year_out_of_reach_is_a_400(
        string body,
        string expected
    )
    {
        var refused = await platform.AssertRefusedAsync(
            c => c.PostAsync("/api/monitoring/indicator-values", Json(body)),
            body
        );

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("date", "\"2026-03-16\"", "is in the future")]
    [InlineData("date", "\"1999-12-31\"", "is before 2000")]
    [InlineData("date", "\"2020-06-01\"", "no unit 'T1' is in force on 2020-06-01")]
    [InlineData("count", "0", "count must be a whole number from 1 to 100000")]
    [InlineData("count", "100001", "count must be a whole number from 1 to 100000")]
    [InlineData("participants", "-1", "participants must be a whole number from 0 to 10000000")]
    public async Task An_activity_in_the_future_before_the_unit_existed_or_with_counts_out_of_range_is_a_400(
        string field,
        string value,
        string expected
    )
    {
        var body =
            $"{{\"unitCode\":\"T1\",\"date\":\"2024-05-10\",\"kind\":\"radio_broadcast\","
            + $"\"audienceGroup\":\"voluntary_participants\",\"communicationForm\":\"loudspeaker_radio\","
            + $"\"count\":1,\"{field}\":{value}}}"
                .Replace($"\"{field}\":\"2024-05-10\",", string.Empty, StringComparison.Ordinal)
                .Replace($"\"{field}\":1,", string.Empty, StringComparison.Ordinal);

        var refused = await platform.AssertRefusedAsync(
            c => c.PostAsync("/api/monitoring/activities", Json(body)),
            body
        );

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("sessions", "0", "The number of sessions must be between 1 and 100.")]
    [InlineData("capacity", "1001", "The number of places must be between 1 and 1000.")]
    [InlineData("endDate", "\"2025-08-31\"", "The end date must not be before the start date.")]
    [InlineData("startDate", "\"2007-09-01\"", "No unit with the code '75' is in force in "
        + "2007")] // old Đồng Nai (75) is in force 2008-08-01 → 2025-06-30
    public async Task A_class_with_sessions_or_capacity_out_of_range_or_dates_out_of_reach_is_refused(
        string field,
        string value,
        string expected
    )
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(SeededPlatform.ClassBody())!.AsObject();
        body[field] = System.Text.Json.Nodes.JsonNode.Parse(value);

        var refused = await platform.AssertRefusedAsync(
            c => c.PostAsJsonAsync("/api/training/classes", body),
            $"a class with {field} {value}"
        );

        refused.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData(
        "GET",
        "/api/plans/T1-2021-2025/obligations?year=2030",
        null,
        400,
        "year 2030 is outside plan T1-2021-2025, which covers 2021–2025."
    )]
    [InlineData(
        "GET",
        "/api/plans/T1-2021-2025/obligations?year=2020",
        null,
        400,
        "year 2020 is outside plan T1-2021-2025"
    )]
    [InlineData("GET", "/api/monitoring/plans/T1-2021-2025/reports/2030", null, 404, "owes no yearly report for 2030")]
    [InlineData(
        "POST",
        "/api/monitoring/plans/T1-2021-2025/reports/2019/submission",
        "{\"by\":\"A\"}",
        404,
        "owes no yearly report for 2019"
    )]
    [InlineData(
        "POST",
        "/api/monitoring/plans/T1-2021-2025/reports/2027/submission",
        "{\"by\":\"A\"}",
        400,
        "a report cannot be submitted for a year that has not begun"
    )]
    [InlineData("GET", "/api/monitoring/progress?year=1999", null, 400, "year must be from 2000 to 2100.")]
    [InlineData("GET", "/api/training/quotas?year=2101", null, 400, "The year must be between 1945 and 2100.")]
    [InlineData(
        "POST",
        "/api/plans/T1-2021-2025/status",
        "{\"to\":\"Active\"}",
        409,
        "Plan T1-2021-2025 is Draft; it can go to Submitted, not Active."
    )]
    [InlineData("POST", "/api/plans/T1-2021-2025/status", "{\"to\":99}", 400, "to")]
    [InlineData(
        "PUT",
        "/api/plans/T1-2021-2025/report-date",
        "{\"due\":\"31/02\"}",
        400,
        "'31/02' is not a day every year has"
    )]
    [InlineData("PUT", "/api/plans/T1-2021-2025/report-date", "{\"due\":\"01/12\"}", 400, "cannot be before 15/12")]
    [InlineData(
        "PUT",
        "/api/plans/T1001-2021-2025/report-date",
        "{\"due\":\"20/12\"}",
        422,
        "not a province's multi-year plan"
    )]
    [InlineData("POST", "/api/plans/VN-2021-2025/subordinates", "{\"unitCode\":\"T1\",\"all\":true}", 400, "not both")]
    [InlineData("POST", "/api/plans/VN-2021-2025/subordinates", "{\"unitCode\":\"T1001\"}", 4, "T1001")]
    public async Task Years_outside_a_plan_and_transitions_it_does_not_allow_are_refused(
        string method,
        string url,
        string? body,
        int status,
        string expected
    )
    {
        var refused = await platform.AssertRefusedAsync(
            c =>
                c.SendAsync(
                    new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : Json(body) }
                ),
            $"{method} {url} {body}"
        );

        if (status >= 100)
        {
            ((int)refused.Status).Should().Be(status, refused.Body);
        }

        refused.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData(0, "Sessions are numbered from 1.")]
    [InlineData(99, "has 4 sessions; there is no session 99")]
    public async Task Attendance_for_a_session_the_class_does_not_have_is_refused(int session, string expected)
    {
        var refused = await platform.AssertRefusedAsync(
            c =>
                c.PutAsJsonAsync(
                    $"/api/training/classes/{platform.ClassId}/sessions/{session}/attendance",
                    new { present = P1Only }
                ),
            $"session {session}"
        );

        refused.Message.Should().Contain(expected);
    }

    private Task<RefusedResponse> OverrideAsync(object body) =>
        platform.AssertRefusedAsync(
            c => c.PutAsJsonAsync($"/api/obligations/{platform.ObligationId}/override", body),
            $"override {System.Text.Json.JsonSerializer.Serialize(body)}"
        );

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
