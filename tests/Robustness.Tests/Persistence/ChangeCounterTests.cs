using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.TestKit;

namespace Platform.Robustness.Tests.Persistence;

/// <summary>
/// The feed keeps each set's rows while the change counters of the modules they come from stay the same (ADR 0024):
/// a module's counter moves in the transaction of every write to it and of nothing else, so a write through another
/// host over the same database is in the next page, and a refused write leaves every cached set as it was.
/// </summary>
public sealed class ChangeCounterTests : IDisposable
{
    private const string OneFigure = """
        unit_code,year,metric,value,source
        75,2030,working_age_labour_force,1900000,Cục Thống kê Đồng Nai
        """;

    private readonly string folder = PlatformFactory.NewFolder();

    [Fact]
    public async Task A_write_through_one_host_is_in_the_next_feed_page_of_another()
    {
        using var first = PlatformFactory.InFolder(folder);
        using var reader = first.CreateClient();
        var before = await CountAsync(reader);
        using var second = PlatformFactory.InFolder(folder);
        using var writer = second.CreateClient();

        var imported = await writer.PostCsvAsync("/api/statistics/import", OneFigure);
        var after = await CountAsync(reader);

        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        after.Should().Be(before + 1);
    }

    [Fact]
    public async Task A_refused_write_moves_no_counter_and_an_accepted_one_moves_only_its_module_s()
    {
        using var platform = PlatformFactory.InFolder(folder);
        using var client = platform.CreateClient();
        await CountAsync(client);
        var start = await CountersAsync(platform);

        var refused = await client.PostCsvAsync(
            "/api/statistics/import",
            OneFigure.Replace("1900000", "-5", StringComparison.Ordinal)
        );
        var afterRefusal = await CountersAsync(platform);
        var accepted = await client.PostCsvAsync("/api/statistics/import", OneFigure);
        var afterImport = await CountersAsync(platform);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        afterRefusal.Should().Equal(start);
        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        afterImport["Plans"].Should().NotBe(start["Plans"]);
        afterImport.Where(c => c.Key != "Plans").Should().Equal(start.Where(c => c.Key != "Plans"));
    }

    [Fact]
    public async Task A_write_below_EF_Core_outside_a_transaction_is_refused_before_it_is_made()
    {
        using var platform = PlatformFactory.InFolder(folder);
        await using var scope = platform.Services.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetServices<ModuleDatabase>()
            .Single(m => m.ContextType.Name == "PlansDbContext").ContextType;
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(plans);

        var write = () => DatabaseChanges.Wrote(db);

        write.Should().Throw<InvalidOperationException>()
            .WithMessage("A write to Plans below EF Core runs in a transaction (a command's, see ADR 0022).");
    }

    /// <summary>The counters' own code on a private in-memory SQLite database, whatever the provider of the
    /// suite.</summary>
    [Fact]
    public async Task A_write_whose_counter_could_not_move_changes_every_stamp_the_process_gives_after_it()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await DatabaseChanges.EnsureTableAsync(connection, CancellationToken.None);
        var first = await DatabaseChanges.StampAsync(connection, ["Plans"], CancellationToken.None);
        var again = await DatabaseChanges.StampAsync(connection, ["Plans"], CancellationToken.None);

        DatabaseChanges.Unsure();
        var after = await DatabaseChanges.StampAsync(connection, ["Plans"], CancellationToken.None);

        again.Should().Be(first);
        after.Should().NotBe(first);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TestDatabase.Drop(folder);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<long> CountAsync(HttpClient client) =>
        long.Parse(await client.GetStringAsync("/odata/UnitStatistics/$count"), CultureInfo.InvariantCulture);

    private static async Task<SortedDictionary<string, long>> CountersAsync(PlatformFactory platform)
    {
        await using var connection = await platform.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT module, version FROM platform_changes;";
        await using var reader = await command.ExecuteReaderAsync();
        var counters = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            counters[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counters;
    }
}
