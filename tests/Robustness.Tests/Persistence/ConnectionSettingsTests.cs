using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests.Persistence;

/// <summary>The database is in WAL mode and every connection a module opens waits for a busy writer instead of
/// failing.</summary>
public sealed class ConnectionSettingsTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    [SqliteOnlyFact("WAL mode and the busy timeout are SQLite's PRAGMAs")]
    public async Task Every_module_connection_is_in_WAL_mode_with_a_30_second_busy_timeout_on_SQLite_whose_PRAGMAs_these_are()
    {
        await using var scope = platform.Factory.Services.CreateAsyncScope();
        var modules = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();
        modules
            .Select(m => m.HistoryTable)
            .Should()
            .BeEquivalentTo([
                "plans_migrations_history",
                "training_migrations_history",
                "monitoring_migrations_history",
                "access_migrations_history",
                "audit_migrations_history",
            ]);

        foreach (var module in modules)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            await context.Database.OpenConnectionAsync();
            try
            {
                (await PragmaAsync(context, "journal_mode")).Should().Be("wal", module.ContextType.Name);
                (await PragmaAsync(context, "busy_timeout")).Should().Be("30000", module.ContextType.Name);
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }
    }

    [Fact]
    public async Task The_watch_the_sweep_relies_on_sees_a_committed_write()
    {
        var before = await platform.Database.DataVersionAsync();

        var response = await platform.Client.PostAsJsonAsync(
            "/api/monitoring/activities",
            SeededPlatform.ActivityBody()
        );

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await platform.Database.DataVersionAsync())
            .Should()
            .NotBe(before, "a refused request is judged by this very check");
    }

    /// <summary>Who overrides is the signed-in caller: a 101-character name sent as <c>by</c> is ignored, not
    /// stored.</summary>
    [Fact]
    public async Task An_override_set_and_cleared_with_a_by_over_100_characters_records_the_signed_in_caller()
    {
        var name = new string('x', 101);
        var overridden = await platform.Client.PutAsJsonAsync(
            $"/api/obligations/{platform.ObligationId}/override",
            new
            {
                floor = platform.ObligationFloor + 1,
                reason = "Tỉnh cam kết cao hơn",
                by = name,
            }
        );
        var cleared = await platform.Client.DeleteAsync($"/api/obligations/{platform.ObligationId}/override?by={name}");

        overridden.StatusCode.Should().Be(HttpStatusCode.OK, await overridden.Content.ReadAsStringAsync());
        (await overridden.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("overriddenBy")
            .GetString()
            .Should()
            .Be(PlatformFactory.AdminName);
        cleared.StatusCode.Should().Be(HttpStatusCode.OK, await cleared.Content.ReadAsStringAsync());
        var after = await cleared.Content.ReadFromJsonAsync<JsonElement>();
        after.GetProperty("overridden").GetBoolean().Should().BeFalse();
        after.GetProperty("overriddenBy").ValueKind.Should().Be(JsonValueKind.Null);
        after.GetProperty("floor").GetInt64().Should().Be(platform.ObligationFloor);
    }

    private static async Task<string> PragmaAsync(DbContext context, string pragma)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }
}
