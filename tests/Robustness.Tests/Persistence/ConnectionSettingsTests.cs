using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.Robustness.Tests.Support;

namespace Platform.Robustness.Tests.Persistence;

/// <summary>The database is in WAL mode and every connection a module opens waits for a busy writer instead of failing.</summary>
public sealed class ConnectionSettingsTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    [Fact]
    public async Task Every_module_connection_is_in_WAL_mode_with_a_30_second_busy_timeout()
    {
        await using var scope = platform.Factory.Services.CreateAsyncScope();
        var modules = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();
        modules.Select(m => m.HistoryTable).Should().BeEquivalentTo(
            ["plans_migrations_history", "training_migrations_history", "monitoring_migrations_history", "access_migrations_history", "audit_migrations_history"]);

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

        var response = await platform.Client.PostAsJsonAsync("/api/monitoring/activities", SeededPlatform.ActivityBody());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await platform.Database.DataVersionAsync()).Should().NotBe(before, "a refused request is judged by this very check");
    }

    [Fact]
    public async Task Clearing_an_override_with_a_name_over_100_characters_is_a_400()
    {
        var refused = await platform.AssertRefusedAsync(c => c.DeleteAsync($"/api/obligations/{platform.ObligationId}/override?by={new string('x', 101)}"), "a 101-character by");

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Message.Should().Contain("by");
    }

    private static async Task<string> PragmaAsync(DbContext context, string pragma)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }
}
