using System.Net;
using System.Net.Http.Json;
using Platform.Access.Tests.Support;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>An authenticated caller whose roles lack the permission is a 403, and nothing changes; reading is every
/// role's right.</summary>
public sealed class RoleTests(PlatformFactory platform) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private static readonly string[] Analyst = ["analyst"];

    private readonly HttpClient admin = platform.CreateClient();

    public async Task InitializeAsync()
    {
        if ((await admin.GetAsync("/api/units/26001")).StatusCode == HttpStatusCode.NotFound)
        {
            (await admin.PostCsvAsync("/api/units/import", AccessApi.CommuneCsv)).EnsureSuccessStatusCode();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_analyst_generating_plans_is_a_403_and_no_plan_is_generated()
    {
        var analyst = await platform.CreateClientAsAsync("role-analyst", "analyst", "VN");

        var response = await analyst.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { unitCode = "75" });

        await ShouldBeForbiddenAsync(
            response,
            "User 'role-analyst' (analyst) may not do this: none of their roles allows it."
        );
        (await admin.GetAsync("/api/plans/75-2026-2030")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_commune_officer_importing_units_is_a_403_and_no_unit_is_added()
    {
        var officer = await platform.CreateClientAsAsync("role-officer", "commune_officer", "26001");

        var response = await officer.PostCsvAsync(
            "/api/units/import",
            "code,name,type,parent_code\n99002,Xã Hai,xã,75\n"
        );

        await ShouldBeForbiddenAsync(
            response,
            "User 'role-officer' (commune_officer) may not do this: none of their roles allows it."
        );
        (await admin.GetAsync("/api/units/99002")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_analyst_reads_REST_and_the_OData_feed()
    {
        var analyst = await platform.CreateClientAsAsync("role-reader", "analyst", "VN");

        (await analyst.GetAsync("/api/units/75")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await analyst.GetAsync("/api/indicators")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await analyst.GetAsync("/odata/Indicators")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await analyst.GetAsync("/odata/$metadata")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("analyst", "VN", "GET", "/api/admin/users")]
    [InlineData("national_planner", "VN", "POST", "/api/admin/users")]
    [InlineData("training_coordinator", "75", "POST", "/api/monitoring/activities")]
    [InlineData("commune_officer", "26001", "POST", "/api/training/classes")]
    [InlineData("training_coordinator", "75", "PUT", "/api/obligations/1/override")]
    [InlineData("provincial_planner", "75", "POST", "/api/statistics/import")]
    public async Task A_role_without_the_permission_is_a_403(string role, string scope, string method, string path)
    {
        var client = await platform.CreateClientAsAsync($"role-{role}-{method}".ToLowerInvariant(), role, scope);

        var response = await client.SendAsync(
            new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) }
        );

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_caller_the_endpoint_policy_let_through_is_refused_by_the_pipeline_with_the_same_403()
    {
        // Signed in as the administrator, so the endpoint's policy passes; the handlers' caller is an analyst. The
        // pipeline
        // refuses what the analyst may not do, as it will for a web page, which has no endpoint policy in front of it.
        var analyst = platform.CreateClientFor(PlatformFactory.Caller(PlatformRoles.Analyst, UnitScope.Nation));

        var response = await analyst.PostAsJsonAsync(
            "/api/admin/users",
            new
            {
                name = "never-created",
                roles = Analyst,
                scope = "VN",
            }
        );

        await ShouldBeForbiddenAsync(
            response,
            "User 'test-analyst' (analyst) may not do this: it needs one of the roles: administrator."
        );
        (await admin.GetAsync("/api/admin/users/never-created")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task ShouldBeForbiddenAsync(HttpResponseMessage response, string detail)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Headers.WwwAuthenticate.Should().BeEmpty();
        (await response.ProblemAsync()).Should().Be(new ProblemDto(403, "Forbidden", detail, null));
    }
}
