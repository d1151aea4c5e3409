using Platform.Host.Backup;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.BuildingBlocks.Persistence;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests.Backup;

/// <summary>
/// <c>POST /api/admin/backup</c> writes a checked, consistent copy into the backup folder under a name of its own
/// (the client cannot name a path); <c>GET /api/admin/backups</c> lists them; a backup taken while writes run holds
/// every write acknowledged before it and no half of one.
/// </summary>
public sealed class BackupEndpointTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    /// <summary>Why the tests of the backups themselves run on SQLite only.</summary>
    private const string SqliteFile =
        "POST /api/admin/backup copies the SQLite file; a PostgreSQL database is saved with pg_dump";

    private string Folder => Path.Combine(platform.Factory.Folder, "backups");

    [SqliteOnlyFact(SqliteFile)]
    public async Task A_backup_is_named_by_the_time_checked_and_holds_exactly_the_database_on_SQLite_whose_backup_copies_the_file()
    {
        var live = await DatabaseWatch.FingerprintAsync(platform.Factory.ConnectionString);

        var response = await platform.Client.PostAsync("/api/admin/backup", null);
        var file = await response.ReadAsync<BackupFile>();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        file.Name.Should()
            .MatchRegex(@"^platform-20260315-080000(-\d+)?\.db$", "the name is the platform's clock, to the second");
        file.Integrity.Should().Be("ok");
        file.SizeBytes.Should().Be(new FileInfo(Path.Combine(Folder, file.Name)).Length);
        (await DatabaseWatch.FingerprintAsync(BackupConnection(file.Name))).Should().Equal(live);
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task Two_backups_in_the_same_second_get_two_names_and_the_list_shows_them_newest_first_on_SQLite_whose_backup_copies_the_file()
    {
        var first = await (await platform.Client.PostAsync("/api/admin/backup", null)).ReadAsync<BackupFile>();
        var second = await (await platform.Client.PostAsync("/api/admin/backup", null)).ReadAsync<BackupFile>();

        var listed = await platform.Client.GetAsync<List<BackupFile>>("/api/admin/backups");

        second.Name.Should().NotBe(first.Name);
        listed.Select(b => b.Name).Should().Contain([first.Name, second.Name]);
        listed.Should().OnlyContain(b => b.Name.EndsWith(".db", StringComparison.Ordinal) && b.SizeBytes > 0);
        Directory
            .EnumerateFiles(Folder, "*.partial")
            .Should()
            .BeEmpty("a backup is renamed into place only when whole");
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task A_path_or_name_in_the_request_is_ignored_the_backup_goes_to_the_backup_folder_on_SQLite_whose_backup_copies_the_file()
    {
        var elsewhere = Path.Combine(platform.Factory.Folder, "elsewhere");

        var response = await platform.Client.PostAsJsonAsync(
            "/api/admin/backup?path=" + Uri.EscapeDataString(elsewhere),
            new { folder = elsewhere, name = "../../escape.db" }
        );
        var file = await response.ReadAsync<BackupFile>();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        File.Exists(Path.Combine(Folder, file.Name)).Should().BeTrue();
        Directory.Exists(elsewhere).Should().BeFalse();
        File.Exists(Path.Combine(platform.Factory.Folder, "..", "..", "escape.db")).Should().BeFalse();
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task A_backup_taken_while_writers_run_is_consistent_and_holds_every_write_acknowledged_before_it_on_SQLite_whose_backup_copies_the_file()
    {
        using var stop = new CancellationTokenSource();
        var acknowledged = new ConcurrentDictionary<int, DateTime>();
        var writers = Enumerable
            .Range(0, 4)
            .Select(_ =>
                Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        using var response = await platform.Client.PostAsJsonAsync(
                            "/api/monitoring/activities",
                            SeededPlatform.ActivityBody()
                        );
                        response.StatusCode.Should().Be(HttpStatusCode.Created);
                        acknowledged[(await response.ReadAsync<JsonElement>()).GetProperty("id").GetInt32()] =
                            DateTime.UtcNow;
                    }
                })
            )
            .ToList();

        // Writers first: at least five acknowledged (or 10 s) before asking, whatever the machine's speed. A write
        // dated
        // before July 2025 reads the old structure's 10,900 units (issue 14), about 0.1 s each on a loaded machine.
        var writing = System.Diagnostics.Stopwatch.StartNew();
        while (acknowledged.Count <= 4 && writing.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        await Task.Delay(100);
        var requested = DateTime.UtcNow;
        var before = acknowledged.Where(a => a.Value < requested).Select(a => a.Key).ToList();
        var file = await (await platform.Client.PostAsync("/api/admin/backup", null)).ReadAsync<BackupFile>();
        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var inBackup = await ActivityIdsAsync(BackupConnection(file.Name));
        var first = before.Min();
        file.Integrity.Should().Be("ok");
        before.Should().HaveCountGreaterThan(4, "writes ran before the backup");
        inBackup.Should().Contain(before, "every write acknowledged before the backup was asked for is in it");
        acknowledged.Keys.Should().Contain(inBackup.Where(id => id >= first), "the backup holds only committed writes");
        var mine = inBackup.Where(id => id >= first).Order().ToList();
        mine.Should()
            .Equal(
                Enumerable.Range(first, mine.Count),
                "a snapshot of one instant: the writes committed up to it, with no gap"
            );
        acknowledged.Count.Should().BeGreaterThan(mine.Count, "writes went on while and after the backup was taken");
    }

    [Fact]
    public async Task Backups_are_for_administrators_an_analyst_is_answered_403_and_a_caller_without_credentials_401()
    {
        using var analyst = await platform.Factory.CreateClientAsAsync("backup-analyst", "analyst", "VN");
        using var anonymous = platform.Factory.CreateAnonymousClient();
        var files = Directory.Exists(Folder) ? Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToList() : [];

        foreach (
            var (client, status) in new[]
            {
                (analyst, HttpStatusCode.Forbidden),
                (anonymous, HttpStatusCode.Unauthorized),
            }
        )
        {
            using var take = await client.PostAsync("/api/admin/backup", null);
            using var list = await client.GetAsync("/api/admin/backups");

            take.StatusCode.Should().Be(status);
            list.StatusCode.Should().Be(status);
        }

        (Directory.Exists(Folder) ? Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToList() : [])
            .Should()
            .Equal(files, "no backup was written");
    }

    [PostgreSqlOnlyFact("on SQLite the platform copies its file itself")]
    public async Task On_PostgreSQL_taking_or_listing_a_backup_answers_501_with_the_pg_dump_command_for_this_database()
    {
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(platform.Factory.ConnectionString);

        using var take = await platform.Client.PostAsync("/api/admin/backup", null);
        using var list = await platform.Client.GetAsync("/api/admin/backups");

        foreach (var response in new[] { take, list })
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("title").GetString().Should().Be("Back up with PostgreSQL's tools");
            problem.GetProperty("detail").GetString().Should().Be(
                $"The database is on PostgreSQL at {settings.Host}:{settings.Port} (database {settings.Database}): the "
                    + "platform does not copy it itself. Back it up with the server's tools while the hosts run, e.g. "
                    + $"pg_dump --format=custom --host={settings.Host} --port={settings.Port} "
                    + $"--username={settings.Username} --dbname={settings.Database} --file=platform.dump; restore with "
                    + $"pg_restore --clean --if-exists --host={settings.Host} --port={settings.Port} "
                    + $"--username={settings.Username} --dbname={settings.Database} platform.dump after stopping every "
                    + "host."
            );
            problem.GetProperty("detail").GetString().Should().NotContain(settings.Password!);
        }

        Directory.Exists(Folder).Should().BeFalse("nothing was written beside the host");
    }

    private string BackupConnection(string name) => $"Data Source={Path.Combine(Folder, name)}";

    private static async Task<List<int>> ActivityIdsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString + ";Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM monitoring_activity_reports;";
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }
}
