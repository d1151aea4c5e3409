using System.Text;
using Microsoft.Data.Sqlite;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests.Backup;

/// <summary>
/// <c>backup [FILE]</c> and <c>restore FILE</c> as an operator runs them. A restore brings back exactly the backed-up
/// state and keeps the database it replaced (with its WAL) as <c>platform.db.before-restore</c>; it refuses, touching
/// nothing, a file that is not a sound backup of this platform and a database a host is serving.
/// </summary>
[Collection(nameof(HostVerbCollection))]
public sealed class RestoreVerbTests : IDisposable
{
    /// <summary>Why these tests run on SQLite only.</summary>
    private const string SqliteFile =
        "the backup and restore verbs copy the SQLite file and its WAL; a PostgreSQL database is saved with pg_dump";

    private readonly string folder = PlatformFactory.NewFolder();

    private string Database => Path.Combine(folder, "platform.db");

    [PostgreSqlOnlyFact("on SQLite the verbs copy the file themselves")]
    public async Task On_PostgreSQL_the_backup_and_restore_verbs_print_the_server_tools_command_and_exit_1()
    {
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString(folder));

        var backup = await HostRun.VerbAsync(folder, "backup");
        var restore = await HostRun.VerbAsync(folder, "restore", Path.Combine(folder, "saved.db"));

        foreach (var (exit, _, error) in new[] { backup, restore })
        {
            exit.Should().Be(1);
            error.Should().StartWith(
                $"The database is on PostgreSQL at {settings.Host}:{settings.Port} (database {settings.Database}): "
                    + "the platform does not copy it itself. Back it up with the server's tools while the hosts run, "
                    + $"e.g. pg_dump --format=custom --host={settings.Host} --port={settings.Port} "
            );
            error.TrimEnd().Should().NotContain(Environment.NewLine);
        }
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task Restore_brings_back_exactly_the_backed_up_state_and_keeps_the_replaced_database_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 3);
        var backup = Path.Combine(folder, "saved", "before-more.db");
        var taken = await HostRun.VerbAsync(folder, "backup", backup);
        var saved = await DatabaseWatch.FingerprintAsync(Connection(backup));
        using (var later = PlatformFactory.InFolder(folder))
        {
            await HostRun.AddActivitiesAsync(later.CreateClient(), 5);
        }

        var replaced = await DatabaseWatch.FingerprintAsync(Connection(Database));
        var run = await HostRun.VerbAsync(folder, "restore", backup);

        taken.Exit.Should().Be(0, taken.Error);
        taken.Output.Should().Contain($"Backed up to {backup}").And.Contain("integrity ok");
        run.Exit.Should().Be(0, run.Error);
        run.Output.Should().Contain($"The database it replaced is kept as {Database}.before-restore");
        (await DatabaseWatch.FingerprintAsync(Connection(Database)))
            .Should()
            .Equal(saved, "the database is the backup, row for row");
        (await DatabaseWatch.FingerprintAsync(Connection(Database + ".before-restore"))).Should().Equal(replaced);
        using var restarted = PlatformFactory.InFolder(folder);
        var client = restarted.CreateClient();
        (await client.GetAsync<System.Text.Json.JsonElement>("/api/monitoring/activities?top=1"))
            .GetProperty("total")
            .GetInt32()
            .Should()
            .Be(3);
        (await client.GetAsync<System.Text.Json.JsonElement>("/api/units/T1"))
            .GetProperty("name")
            .GetString()
            .Should()
            .Be("Tỉnh Thử Nghiệm");
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task The_replaced_database_keeps_its_unsaved_WAL_and_no_stale_WAL_is_applied_to_the_restored_one_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 1);
        var backup = Path.Combine(folder, "backup.db");
        (await HostRun.VerbAsync(folder, "backup", backup)).Exit.Should().Be(0);
        var crashed = Path.Combine(folder, "crashed");
        Directory.CreateDirectory(crashed);
        await using (var writer = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            // A host that died with its last write still in the WAL: copy the files while the write is only there.
            await writer.OpenAsync();
            await ExecuteAsync(
                writer,
                "PRAGMA wal_autocheckpoint=0; CREATE TABLE crash_marker(x); INSERT INTO crash_marker VALUES ('after "
                    + "the backup');"
            );
            File.Copy(Database, Path.Combine(crashed, "platform.db"));
            File.Copy(Database + "-wal", Path.Combine(crashed, "platform.db-wal"));
        }

        var run = await HostRun.VerbAsync(crashed, "restore", backup);

        run.Exit.Should().Be(0, run.Error);
        File.Exists(Path.Combine(crashed, "platform.db-wal"))
            .Should()
            .BeFalse("the replaced WAL went with the replaced database");
        (await TablesAsync(Path.Combine(crashed, "platform.db"))).Should().NotContain("crash_marker");
        (await TablesAsync(Path.Combine(crashed, "platform.db.before-restore")))
            .Should()
            .Contain("crash_marker", "the kept database recovers its WAL");
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task A_file_that_is_not_a_SQLite_database_is_refused_and_the_database_is_untouched_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 1);
        var before = await DatabaseWatch.FingerprintAsync(Connection(Database));
        var text = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(text, "This is not a database.");

        var run = await HostRun.VerbAsync(folder, "restore", text);

        run.Exit.Should().Be(1);
        run.Error.Should().Contain($"{text} is not a SQLite database").And.Contain("Nothing was changed.");
        await AssertUntouchedAsync(before);
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task A_damaged_backup_is_refused_and_the_database_is_untouched_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 20);
        var backup = Path.Combine(folder, "backup.db");
        (await HostRun.VerbAsync(folder, "backup", backup)).Exit.Should().Be(0);
        var before = await DatabaseWatch.FingerprintAsync(Connection(Database));
        var bytes = await File.ReadAllBytesAsync(backup);
        new Random(3).NextBytes(bytes.AsSpan(4096, bytes.Length - 4096));
        await File.WriteAllBytesAsync(backup, bytes);

        var run = await HostRun.VerbAsync(folder, "restore", backup);

        run.Exit.Should().Be(1);
        run.Error.Should().Contain(backup).And.Contain("Nothing was changed.");
        await AssertUntouchedAsync(before);
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task A_SQLite_file_of_another_application_or_of_a_newer_version_is_refused_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 1);
        var before = await DatabaseWatch.FingerprintAsync(Connection(Database));
        var other = Path.Combine(folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT);");
        }

        var newer = Path.Combine(folder, "newer.db");
        (await HostRun.VerbAsync(folder, "backup", newer)).Exit.Should().Be(0);
        await using (var connection = new SqliteConnection($"Data Source={newer};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(
                connection,
                "INSERT INTO plans_migrations_history VALUES ('29991231000000_FromTheFuture', '99.0.0');"
            );
        }

        var foreign = await HostRun.VerbAsync(folder, "restore", other);
        var future = await HostRun.VerbAsync(folder, "restore", newer);

        foreign.Exit.Should().Be(1);
        foreign
            .Error.Should()
            .Contain("is not a backup of this platform: it has none of its migrations history tables")
            .And.Contain("plans_migrations_history");
        future.Exit.Should().Be(1);
        future
            .Error.Should()
            .Contain("was written by a newer version of the platform")
            .And.Contain("29991231000000_FromTheFuture");
        await AssertUntouchedAsync(before);
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task A_backup_taken_before_a_module_existed_is_restored_and_the_module_created_when_the_host_starts_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 2);
        var backup = Path.Combine(folder, "before-access-and-audit.db");
        (await HostRun.VerbAsync(folder, "backup", backup)).Exit.Should().Be(0);
        await using (var connection = new SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            // What a backup of the platform before the access and audit modules holds: none of their tables.
            await connection.OpenAsync();
            foreach (
                var table in (await TablesAsync(backup)).Where(t =>
                    t.StartsWith("access_", StringComparison.Ordinal)
                    || t.StartsWith("audit_", StringComparison.Ordinal)
                )
            )
            {
                await ExecuteAsync(connection, $"DROP TABLE \"{table}\";");
            }
        }

        var run = await HostRun.VerbAsync(folder, "restore", backup);

        run.Exit.Should().Be(0, run.Error);
        run.Output.Should().Contain("access_migrations_history 0").And.Contain("audit_migrations_history 0");
        using var restarted = PlatformFactory.InFolder(folder);
        var client = restarted.CreateClient();
        (await client.GetAsync<System.Text.Json.JsonElement>("/api/monitoring/activities?top=1"))
            .GetProperty("total")
            .GetInt32()
            .Should()
            .Be(2);
        (await client.GetAsync("/api/audit?top=1"))
            .StatusCode.Should()
            .Be(System.Net.HttpStatusCode.OK, "the audit module's tables were created at start");
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task A_restore_while_a_host_serves_the_database_is_refused_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 1);
        var backup = Path.Combine(folder, "backup.db");
        (await HostRun.VerbAsync(folder, "backup", backup)).Exit.Should().Be(0);
        using var running = PlatformFactory.InFolder(folder);
        (await running.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();

        var run = await HostRun.VerbAsync(folder, "restore", backup);

        run.Exit.Should().Be(1);
        run.Error.Should().Contain($"A host is running on {Database}; stop it, then restore.");
        File.Exists(Database + ".before-restore").Should().BeFalse();
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task The_backup_verb_will_not_overwrite_a_file_and_restore_needs_a_file_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 1);
        var existing = Path.Combine(folder, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me");

        var backup = await HostRun.VerbAsync(folder, "backup", existing);
        var restore = await HostRun.VerbAsync(folder, "restore");
        var missing = await HostRun.VerbAsync(folder, "restore", Path.Combine(folder, "missing.db"));

        backup.Exit.Should().Be(1);
        backup.Error.Should().Contain("already exists");
        (await File.ReadAllTextAsync(existing)).Should().Be("keep me");
        restore.Exit.Should().Be(1);
        restore.Error.Should().Contain("Usage: restore FILE");
        missing.Exit.Should().Be(1);
        missing.Error.Should().Contain("There is no file");
    }

    [SqliteOnlyFact(SqliteFile)]
    public async Task On_a_machine_without_English_the_verbs_answer_in_Vietnamese_on_SQLite_whose_restore_copies_the_file()
    {
        await HostRun.SeedAsync(folder, activities: 1);
        var vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi");
        var backup = Path.Combine(folder, "sao-luu.db");

        var unknown = await HostVerbs.RunAsync(vietnamese, folder, "import-plans");
        var taken = await HostVerbs.RunAsync(vietnamese, folder, "backup", backup);
        var usage = await HostVerbs.RunAsync(vietnamese, folder, "restore");
        var missing = await HostVerbs.RunAsync(vietnamese, folder, "restore", Path.Combine(folder, "missing.db"));

        (unknown.Exit, taken.Exit, usage.Exit, missing.Exit).Should().Be((2, 0, 1, 1));
        unknown.Error.Should().StartWith("Không có lệnh 'import-plans'. Các lệnh có thể dùng: import-units, ");
        taken.Output.Should().StartWith($"Đã sao lưu vào {backup}: ").And.Contain(" byte, kiểm tra toàn vẹn: ok.");
        // Figures as a Vietnamese reader writes them: thousands with a dot.
        taken.Output.Should().MatchRegex(@": [1-9][0-9]{0,2}(\.[0-9]{3})+ byte, ");
        usage
            .Error.Trim()
            .Should()
            .Be(
                "Cách dùng: restore FILE (bản sao lưu do lệnh backup hoặc POST /api/admin/backup tạo ra; hãy dừng máy "
                    + "chủ trước khi khôi phục)"
            );
        missing.Error.Trim().Should().Be($"Không có tệp {Path.Combine(folder, "missing.db")}. Chưa có gì thay đổi.");
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);

    private async Task AssertUntouchedAsync(IReadOnlyList<TableFingerprint> before)
    {
        (await DatabaseWatch.FingerprintAsync(Connection(Database))).Should().Equal(before);
        File.Exists(Database + ".before-restore").Should().BeFalse();
        Directory.EnumerateFiles(folder, "*.restoring*").Should().BeEmpty();
    }

    private static string Connection(string path) => $"Data Source={path}";

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> TablesAsync(string path) =>
        (await DatabaseWatch.FingerprintAsync(Connection(path))).Select(t => t.Name).ToList();
}
