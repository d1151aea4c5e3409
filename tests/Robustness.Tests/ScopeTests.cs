using System.Net;
using System.Net.Http.Json;
using Platform.Robustness.Tests.Support;

namespace Platform.Robustness.Tests;

/// <summary>
/// Writes by a provincial planner of one province aimed at another province's plan, obligations, activities, report
/// and class: each is a 404 (what is out of scope is not found, not forbidden) and nothing is written.
/// </summary>
public sealed class ScopeTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    private static readonly string[] P3Only = ["P3"];
    private static readonly string[] P1Only = ["P1"];

    [Fact]
    public async Task A_planner_of_Dong_Nai_writing_to_T1_is_answered_404_and_nothing_changes()
    {
        using var planner = await platform.Factory.CreateClientAsAsync(
            "planner-75",
            "provincial_planner",
            SeededPlatform.TrainingProvince
        );
        var before = await DatabaseWatch.FingerprintAsync(platform.Factory.ConnectionString);

        await AssertNotFoundAsync(
            planner,
            HttpMethod.Put,
            $"/api/obligations/{platform.ObligationId}/override",
            new { floor = 1, reason = "Ngoài phạm vi" }
        );
        await AssertNotFoundAsync(planner, HttpMethod.Delete, $"/api/obligations/{platform.ObligationId}/override");
        await AssertNotFoundAsync(
            planner,
            HttpMethod.Post,
            $"/api/plans/{SeededPlatform.Plan}/status",
            new { to = "Submitted" }
        );
        await AssertNotFoundAsync(
            planner,
            HttpMethod.Put,
            $"/api/monitoring/activities/{platform.ActivityId}",
            SeededPlatform.ActivityBody()
        );
        await AssertNotFoundAsync(
            planner,
            HttpMethod.Delete,
            $"/api/monitoring/activities/{platform.WithdrawableActivityId}"
        );
        await AssertNotFoundAsync(
            planner,
            HttpMethod.Post,
            "/api/monitoring/activities",
            SeededPlatform.ActivityBody()
        );
        await AssertNotFoundAsync(
            planner,
            HttpMethod.Post,
            "/api/monitoring/indicator-values",
            SeededPlatform.IndicatorValueBody()
        );
        await AssertNotFoundAsync(
            planner,
            HttpMethod.Put,
            $"/api/monitoring/plans/{SeededPlatform.Plan}/reports/{SeededPlatform.SubmittedYear}/submission",
            new { note = "Ngoài phạm vi" }
        );

        (await DatabaseWatch.FingerprintAsync(platform.Factory.ConnectionString)).Should().Equal(before);
    }

    [Fact]
    public async Task A_planner_of_Ho_Chi_Minh_City_writing_to_a_class_in_Dong_Nai_is_answered_404_and_nothing_changes()
    {
        using var planner = await platform.Factory.CreateClientAsAsync("planner-79", "provincial_planner", "79");
        var before = await DatabaseWatch.FingerprintAsync(platform.Factory.ConnectionString);

        await AssertNotFoundAsync(
            planner,
            HttpMethod.Put,
            $"/api/training/classes/{platform.ClassId}",
            new
            {
                title = "Ngoài phạm vi",
                startDate = "2025-09-01",
                endDate = "2025-09-30",
                capacity = 30,
            }
        );
        await AssertNotFoundAsync(
            planner,
            HttpMethod.Post,
            $"/api/training/classes/{platform.ClassId}/enrolments",
            new { personCodes = P3Only }
        );
        await AssertNotFoundAsync(
            planner,
            HttpMethod.Put,
            $"/api/training/classes/{platform.ClassId}/sessions/2/attendance",
            new { present = P1Only }
        );
        await AssertNotFoundAsync(planner, HttpMethod.Post, $"/api/training/classes/{platform.ClassId}/complete");

        (await DatabaseWatch.FingerprintAsync(platform.Factory.ConnectionString)).Should().Equal(before);
    }

    private async Task AssertNotFoundAsync(HttpClient caller, HttpMethod method, string url, object? body = null)
    {
        var refused = await platform.AssertRefusedAsync(
            _ =>
                caller.SendAsync(
                    new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) }
                ),
            $"{method} {url} out of scope"
        );

        refused.Status.Should().Be(HttpStatusCode.NotFound, refused.Body);
    }
}
