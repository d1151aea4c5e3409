using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.TestKit;

namespace Platform.Robustness.Tests.MultiHost;

/// <summary>
/// Two hosts on one PostgreSQL database, as behind a national load balancer (issue 17): what one writes the other
/// answers at once, REST and OData alike (caches move with the database's change counters, not the process); a cascade
/// started on one is followed on the other; of two writers on different hosts that read the same version, one saves
/// and the other gets 412; hosts starting together on an empty database migrate, seed and create the bootstrap
/// administrator once.
/// </summary>
public sealed class TwoHostsTests : IDisposable
{
    private const string OnlyServers = "several hosts share a database only on PostgreSQL; an SQLite file has one host";

    private readonly PlatformFactory first = new();
    private readonly PlatformFactory second;

    public TwoHostsTests() => second = PlatformFactory.InFolder(first.Folder);

    [PostgreSqlOnlyFact(OnlyServers)]
    public async Task A_plan_generated_on_one_host_is_in_the_other_hosts_REST_and_OData_answers_at_once_on_PostgreSQL_as_an_SQLite_file_has_one_host()
    {
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        // The second host has read (and cached) the feed before the write.
        (await CountAsync(b, "Obligations?$filter=ProvinceCode eq '75'&$count=true&$top=0")).Should().Be(0);

        var generated = await a.PostAsJsonAsync(
            "/api/plans/VN-2026-2030/subordinates",
            new { unitCode = "75", cascade = true }
        );

        generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
        (await b.GetAsync("/api/plans/75-2026-2030")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await CountAsync(b, "Obligations?$filter=ProvinceCode eq '75'&$count=true&$top=0")).Should().Be(3365);
        (await CountAsync(b, "Plans?$filter=ProvinceCode eq '75'&$count=true&$top=0")).Should().Be(96);
    }

    [PostgreSqlOnlyFact(OnlyServers)]
    public async Task A_national_cascade_started_on_one_host_shows_its_progress_and_result_on_the_other_on_PostgreSQL_as_an_SQLite_file_has_one_host()
    {
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        var generation = a.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { all = true, cascade = true });
        var seen = new List<JsonElement>();
        while (!generation.IsCompleted)
        {
            var runs = await b.GetFromJsonAsync<JsonElement>("/api/cascade-runs?parentPlan=VN-2026-2030");
            seen.AddRange(runs.EnumerateArray());
            await Task.Delay(50);
        }

        var response = await generation;
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
        seen.Should().Contain(r => r.GetProperty("runId").GetString() == runId
            && r.GetProperty("state").GetString() == "running", "the run's progress is read from the database");
        var run = await b.GetFromJsonAsync<JsonElement>($"/api/cascade-runs/{runId}");
        (run.GetProperty("state").GetString(), run.GetProperty("unitsDone").GetInt32(),
            run.GetProperty("unitsTotal").GetInt32()).Should().Be(("succeeded", 3355, 3355));
        var result = await b.GetFromJsonAsync<JsonElement>($"/api/cascade-runs/{runId}/result");
        (result.GetProperty("plansCreated").GetInt32(), result.GetProperty("obligationsAdded").GetInt32())
            .Should().Be((3355, 117595));
    }

    [PostgreSqlOnlyFact(OnlyServers)]
    public async Task Of_two_writers_on_different_hosts_with_the_same_If_Match_one_saves_and_the_other_gets_412_on_PostgreSQL_as_an_SQLite_file_has_one_host()
    {
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        (await a.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { unitCode = "75", cascade = true }))
            .EnsureSuccessStatusCode();
        var obligations = await a.GetFromJsonAsync<JsonElement>(
            "/odata/Obligations?$filter=UnitCode eq '75' and Year eq 2026 and Floor ne null&$orderby=Id&$top=1"
        );
        var id = obligations.GetProperty("value")[0].GetProperty("Id").GetInt32();

        var answers = await Task.WhenAll(
            OverrideAsync(a, id, 150, "host A"),
            OverrideAsync(b, id, 160, "host B")
        );

        answers.Select(r => r.StatusCode).Order().Should()
            .Equal(HttpStatusCode.OK, HttpStatusCode.PreconditionFailed);
        var kept = await b.GetFromJsonAsync<JsonElement>($"/api/obligations/{id}");
        var winner = answers[0].StatusCode == HttpStatusCode.OK ? 150 : 160;
        (kept.GetProperty("floor").GetInt64(), kept.GetProperty("version").GetInt32()).Should().Be((winner, 2));
    }

    [PostgreSqlOnlyFact(OnlyServers)]
    public async Task Two_hosts_starting_together_on_an_empty_database_create_one_administrator_and_one_register_on_PostgreSQL_as_an_SQLite_file_has_one_host()
    {
        await Task.WhenAll(
            Task.Run(() => first.CreateClient().Dispose()),
            Task.Run(() => second.CreateClient().Dispose())
        );

        await using var connection = await first.OpenConnectionAsync();
        Task<long> CountAsync(string schema, string table) =>
            TestDatabase.ScalarAsync(connection, $"SELECT count(*) FROM {PlatformFactory.Table(schema, table)};");
        (await CountAsync("access", "access_users")).Should().Be(1);
        (await CountAsync("plans", "plans_units")).Should().Be(14150);
        (await CountAsync("plans", "plans_plans"))
            .Should()
            .Be(3, "the national plans and the launch day's, seeded once");
    }

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }

    private static async Task<long> CountAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"/odata/{query}")).GetProperty("@odata.count").GetInt64();

    private static Task<HttpResponseMessage> OverrideAsync(HttpClient client, int id, long floor, string reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/obligations/{id}/override")
        {
            Content = JsonContent.Create(new { floor, reason }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        return client.SendAsync(request);
    }
}
