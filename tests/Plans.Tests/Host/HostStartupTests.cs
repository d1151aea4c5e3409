using System.Net;
using Microsoft.EntityFrameworkCore;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Host;

/// <summary>Start-up creates the SQLite file (on PostgreSQL: fills the empty database) and applies the migrations; a
/// restarted host finds what was written before.</summary>
public sealed class HostStartupTests : IDisposable
{
    private readonly string folder = PlatformFactory.NewFolder();

    [Fact]
    public async Task A_host_started_on_an_empty_folder_creates_the_database_and_applies_every_migration()
    {
        Directory.CreateDirectory(folder);
        Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty();
        using var platform = PlatformFactory.InFolder(folder);

        var health = await platform.CreateClient().GetAsync("/health");
        var known = await platform.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        if (!TestDatabase.IsPostgreSql)
        {
            File.Exists(Path.Combine(folder, "platform.db")).Should().BeTrue();
        }

        known.Should().NotBeEmpty();
        (await AppliedMigrationsAsync(platform)).Should().Equal(known);
        (await platform.QueryAsync(db => db.Units.CountAsync()))
            .Should()
            .Be(SharedData.FreshDatabaseUnits, "the embedded register is loaded on a fresh database");
    }

    [Fact]
    public async Task A_second_host_over_the_same_file_keeps_the_data_imported_by_the_first()
    {
        using (var first = PlatformFactory.InFolder(folder))
        {
            var client = first.CreateClient();
            (
                await client.PostCsvAsync("/api/units/import", "code,name,type,parent_code\n26001,Xã Một,xã,75\n")
            ).EnsureSuccessStatusCode();
            (
                await client.PostCsvAsync(
                    "/api/statistics/import",
                    "unit_code,year,metric,value,source\n26001,2025,population,12345,UBND xã\n"
                )
            ).EnsureSuccessStatusCode();
        }

        using var second = PlatformFactory.InFolder(folder);
        var client2 = second.CreateClient();
        var commune = await client2.GetAsync<UnitSummary>("/api/units/26001");
        var figures = await client2.GetAsync<List<UnitStatisticView>>("/api/units/26001/statistics");
        var reimport = await (
            await client2.PostCsvAsync("/api/units/import", "code,name,type,parent_code\n26001,Xã Một,xã,75\n")
        ).ReadAsync<ImportReport>();

        commune
            .Should()
            .Be(new UnitSummary("26001", "Xã Một", "xã", UnitLevel.Commune, "75", new DateOnly(2025, 7, 1), null, 0));
        figures.Should().Equal(new UnitStatisticView("26001", 2025, "population", 12345, "UBND xã"));
        reimport.Should().Be(new ImportReport(Rows: 1, Added: 0, Updated: 0, Unchanged: 1));
        (await second.QueryAsync(db => db.Units.CountAsync()))
            .Should()
            .Be(SharedData.FreshDatabaseUnits + 1, "the embedded register is not loaded twice");
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);

    private static async Task<List<string>> AppliedMigrationsAsync(PlatformFactory platform)
    {
        await using var connection = await platform.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        var history = PlatformFactory.Table("plans", PlansDbContext.HistoryTable);
        command.CommandText = $"""SELECT "MigrationId" FROM {history} ORDER BY "MigrationId";""";
        var applied = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }
}
