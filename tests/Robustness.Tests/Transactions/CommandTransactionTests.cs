using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Data.Common;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests.Transactions;

/// <summary>
/// A command and every module's reaction to what it published commit together or not at all (ADR 0022). A national
/// generation is made to fail inside Training's reaction, then inside Monitoring's (after Training's had written its
/// copy): nothing of it stays in any module, and the caller is told that nothing was saved.
/// </summary>
public sealed class CommandTransactionTests : IClassFixture<PlatformFactory>
{
    private static readonly string[] Tables =
        ["plans_plans", "plans_obligations", "training_quota_obligations", "monitoring_obligations", "audit_entries"];

    private readonly PlatformFactory factory;
    private readonly HttpClient client;

    public CommandTransactionTests(PlatformFactory factory)
    {
        this.factory = factory;
        client = factory.CreateClient();
    }

    [Fact]
    public async Task A_national_generation_whose_Training_or_Monitoring_reaction_fails_leaves_nothing_in_any_module_and_says_so()
    {
        var before = await CountAsync();

        foreach (var table in new[] { "training_quota_obligations", "monitoring_obligations" })
        {
            await using (await TableAwayAsync(table))
            {
                using var response = await GenerateNationAsync();
                var body = await response.Content.ReadAsStringAsync();

                response.StatusCode.Should().Be(HttpStatusCode.InternalServerError, $"{table} was missing: {body}");
                var problem = JsonDocument.Parse(body).RootElement;
                problem.GetProperty("title").GetString().Should().Be("Not saved");
                problem
                    .GetProperty("detail")
                    .GetString()
                    .Should()
                    .Contain("the whole operation was undone in every module, so nothing was saved");
            }

            (await CountAsync())
                .Should()
                .Equal(before, $"the generation failed in the reaction writing {table}, so nothing of it may stay");
        }

        using var succeeded = await GenerateNationAsync();
        succeeded.StatusCode.Should().Be(HttpStatusCode.OK, await succeeded.Content.ReadAsStringAsync());
        var result = await succeeded.Content.ReadFromJsonAsync<JsonElement>();
        var after = await CountAsync();

        result.GetProperty("plansCreated").GetInt32().Should().Be(3_355, "34 provinces and 3,321 communes");
        var added = result.GetProperty("obligationsAdded").GetInt32();
        (after[0] - before[0]).Should().Be(3_355);
        (after[1] - before[1]).Should().Be(added);
        (after[3] - before[3])
            .Should()
            .Be(added, "Monitoring keeps a copy of every obligation, written in the same transaction");
        (after[2] - before[2]).Should().BePositive("Training keeps the training obligations");
        (after[4] - before[4]).Should().Be(1, "a generation is recorded as one summary entry");

        // A run is reported as it ended: the two rolled back as failed, the last as succeeded once committed.
        var runs = (await client.GetFromJsonAsync<JsonElement>("/api/cascade-runs?parentPlan=VN-2026-2030"))
            .EnumerateArray()
            .Select(r => r.GetProperty("state").GetString())
            .ToList();
        runs.Should().BeEquivalentTo(["failed", "failed", "succeeded"]);
        var failed = (await client.GetFromJsonAsync<JsonElement>("/api/cascade-runs?parentPlan=VN-2026-2030"))
            .EnumerateArray()
            .First(r => r.GetProperty("state").GetString() == "failed");
        failed
            .GetProperty("message")
            .GetString()
            .Should()
            .Be(
                "The generation did not finish because of a server fault; the whole operation was undone and nothing "
                    + "was saved. Try again; if it happens again, tell the administrator."
            );
    }

    private Task<HttpResponseMessage> GenerateNationAsync() =>
        client.PostAsJsonAsync("/api/plans/VN-2026-2030/subordinates", new { all = true, cascade = true });

    private async Task<long[]> CountAsync()
    {
        await using var connection = await factory.OpenConnectionAsync();
        var counts = new long[Tables.Length];
        for (var i = 0; i < Tables.Length; i++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {TestDatabase.Table(Tables[i])};";
            counts[i] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>The module's copy is renamed away (its writer fails as on a broken disk or schema) until
    /// disposed.</summary>
    private async Task<IAsyncDisposable> TableAwayAsync(string table)
    {
        var connection = await factory.OpenConnectionAsync();
        await ExecuteAsync(connection, $"ALTER TABLE {TestDatabase.Table(table)} RENAME TO {table}_away;");
        return new Restorer(connection, table);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Restorer(DbConnection connection, string table) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await ExecuteAsync(connection, $"ALTER TABLE {TestDatabase.Table(table + "_away")} RENAME TO {table};");
            await connection.DisposeAsync();
        }
    }
}
