using System.Net;
using System.Net.Http.Json;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Deadlines;

/// <summary>
/// A province "T8" in force since 2021 with two communes of 2021 and one of 1 July 2025, and the plan to 2025 cascaded
/// over it with reporting dates configured (as the suite's factory does): a plan's year belongs to the units in force
/// on its 1 January (ADR 0020), so the commune of July 2025 has no part in the plan to 2025 and owes no report under
/// it.
/// </summary>
public sealed class UnitLifetimeDeadlineTests : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private readonly HttpClient client;

    public UnitLifetimeDeadlineTests(PlatformFactory factory) => client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        if ((await client.GetAsync("/api/plans/T8-2021-2025")).StatusCode == HttpStatusCode.OK)
        {
            return;
        }

        (
            await client.PostCsvAsync(
                "/api/units/import?validFrom=2021-01-01",
                "code,name,type,parent_code\nT8,Tỉnh Tám,tỉnh,VN\nT8001,Xã Một,xã,T8\nT8002,Xã Hai,xã,T8\n"
            )
        ).EnsureSuccessStatusCode();
        (
            await client.PostCsvAsync(
                "/api/units/import?validFrom=2025-07-01",
                "code,name,type,parent_code\nT8003,Xã Ba,xã,T8\n"
            )
        ).EnsureSuccessStatusCode();
        var generated = await client.PostAsJsonAsync(
            "/api/plans/VN-2021-2025/subordinates",
            new { unitCode = "T8", cascade = true }
        );
        generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(2021, "T8-2021-2025 T8001-2021-2025 T8002-2021-2025")]
    [InlineData(2024, "T8-2021-2025 T8001-2021-2025 T8002-2021-2025")]
    [InlineData(2025, "T8-2021-2025 T8001-2021-2025 T8002-2021-2025")]
    public async Task A_commune_of_July_2025_has_no_part_in_the_plan_to_2025_and_owes_no_report_under_it(
        int year,
        string plans
    )
    {
        var deadlines = await MonitoringApi.DeadlinesAsync(client, year, "planCode=T8-2021-2025");

        string.Join(' ', deadlines.Select(d => d.PlanCode).Order(StringComparer.Ordinal)).Should().Be(plans);
        (await client.GetAsync("/api/monitoring/plans/T8003-2021-2025/reports/2024"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
    }
}
