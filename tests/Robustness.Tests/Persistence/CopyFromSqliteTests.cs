using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Platform.Robustness.Tests.Backup;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;
using Xunit.Abstractions;

namespace Platform.Robustness.Tests.Persistence;

/// <summary>
/// The platform with something of everything on an SQLite file, whatever provider the suite runs on (seeded once, on
/// first use): the source of <c>copy-from-sqlite</c>. Its T1 plan has been submitted, so its ETag is 2.
/// </summary>
public sealed class SqliteCopySource() : SeededPlatform(new PlatformFactory { OnSqlite = true }), IAsyncLifetime
{
    private readonly Lock gate = new();
    private Task? seeding;

    public string File => Factory.DatabasePath;

    /// <summary>The source, seeded by the first test that asks (the tests of a class run one at a time).</summary>
    public async Task<SqliteCopySource> SeededAsync()
    {
        lock (gate)
        {
            seeding ??= SeedAsync();
        }

        await seeding;
        return this;
    }

    private async Task SeedAsync()
    {
        await InitializeAsync();
        using var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{Plan}/status")
        {
            Content = JsonContent.Create(new { to = "Submitted", note = "Nộp để phê duyệt" }),
        };
        (await Client.SendAsync(submit)).EnsureSuccessStatusCode();
    }

    /// <summary>Every table of the file the platform's migrations made, with its rows: what the copy must
    /// carry.</summary>
    public async Task<Dictionary<string, long>> CountsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={File};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE '%migrations_history' AND name NOT LIKE 'sqlite_%' "
                + "AND name NOT IN ('platform_changes', '__EFMigrationsLock') ORDER BY name;";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\";";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>Seeded on first use (<see cref="SeededAsync"/>), not when the class starts: the refusals that need
    /// no source run without it.</summary>
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (seeding is { IsCompletedSuccessfully: true })
        {
            await base.DisposeAsync();
        }
        else
        {
            await Factory.DisposeAsync();
        }
    }
}

/// <summary>
/// <c>copy-from-sqlite FILE</c> as an operator moving up runs it (issue 17): a province's SQLite database, with
/// something of everything, copied into a fresh PostgreSQL database reads back the same through the API — every
/// table's rows, ids, dates, lists, JSON and ETags — and new rows get new ids. It refuses, touching nothing, a target
/// that holds data, a host not on PostgreSQL, a file that is not this platform's up-to-date SQLite database.
/// </summary>
[Collection(nameof(HostVerbCollection))]
public sealed class CopyFromSqliteTests(SqliteCopySource source, ITestOutputHelper log)
    : IClassFixture<SqliteCopySource>, IDisposable
{
    private const string Server = "the copy writes into a PostgreSQL database";

    /// <summary>A PostgreSQL server nothing listens on: refusals that come before connecting never reach
    /// it.</summary>
    private static readonly string[] NoServer =
    [
        "--Database:Provider=PostgreSQL",
        "--ConnectionStrings:Platform=Host=127.0.0.1;Port=1;Database=unused;Username=nobody",
    ];

    private static readonly string[] EveryTable =
    [
        "access_api_keys", "access_data_protection_keys", "access_users", "audit_entries",
        "monitoring_activity_reports", "monitoring_new_participants", "monitoring_obligations",
        "monitoring_report_submissions", "monitoring_reported_values", "monitoring_training_classes",
        "monitoring_training_completions", "plans_campaign_quotas", "plans_campaign_rebases",
        "plans_campaign_unit_quotas", "plans_campaigns",
        "plans_indicators", "plans_obligations", "plans_plans", "plans_targets", "plans_unit_lineage",
        "plans_unit_statistics", "plans_units", "training_attendance", "training_classes", "training_enrolments",
        "training_people", "training_quota_obligations",
    ];

    private readonly string folder = PlatformFactory.NewFolder();

    [PostgreSqlOnlyFact(Server)]
    public async Task Every_table_is_copied_row_for_row_and_reads_back_the_same_with_the_same_ETags_on_PostgreSQL_the_copy_target()
    {
        await source.SeededAsync();
        var before = await source.CountsAsync();

        var run = await HostRun.VerbAsync(folder, "copy-from-sqlite", source.File);

        log.WriteLine(run.Output);
        run.Exit.Should().Be(0, run.Error);
        before.Keys.Should().BeEquivalentTo(EveryTable);
        var after = await TargetCountsAsync();
        after.Should().Equal(before.ToDictionary(t => TestDatabase.Table(t.Key), t => t.Value));
        foreach (var (table, rows) in after)
        {
            run.Output.Should().Contain($"{table}: {rows:N0} → {rows:N0}");
        }

        run.Output.Should().Contain($"Copied {after.Values.Sum():N0} rows of {EveryTable.Length} tables from "
            + $"{source.File} into database {TestDatabase.DatabaseName(folder)}");
        using var copied = PlatformFactory.InFolder(folder);
        var target = copied.CreateClient();
        foreach (var path in new[]
        {
            $"/api/plans/{SeededPlatform.Plan}",
            $"/api/obligations/{source.ObligationId}",
            $"/api/training/classes/{source.ClassId}",
            $"/api/admin/users/{SeededPlatform.UserName}",
            $"/api/units/{SeededPlatform.Province}",
        })
        {
            await AssertSameAsync(source.Client, target, path);
        }
    }

    [PostgreSqlOnlyFact(Server)]
    public async Task The_plan_keeps_its_dates_lists_JSON_and_version_and_new_rows_get_new_ids_on_PostgreSQL_the_copy_target()
    {
        await source.SeededAsync();
        (await HostRun.VerbAsync(folder, "copy-from-sqlite", source.File)).Exit.Should().Be(0);
        using var copied = PlatformFactory.InFolder(folder);
        var target = copied.CreateClient();

        using var plan = await target.GetAsync($"/api/plans/{SeededPlatform.Plan}");
        var body = await plan.Content.ReadFromJsonAsync<JsonElement>();
        using var created = await target.PostAsJsonAsync("/api/monitoring/activities", SeededPlatform.ActivityBody());

        plan.Headers.ETag!.Tag.Should().Be("\"2\"", "the plan was created (1) and submitted (2) on SQLite");
        body.GetProperty("status").GetString().Should().Be("Submitted");
        body.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("note").GetString())
            .Should().Equal("Dự thảo từ kế hoạch VN-2021-2025", "Nộp để phê duyệt");
        body.GetProperty("history")[1].GetProperty("atUtc").GetString().Should().Be("2026-03-15T08:00:00");
        var audiences = body.GetProperty("audienceGroups").EnumerateArray().Select(a => a.GetString()).ToList();
        audiences.Should().NotBeEmpty();
        body.GetProperty("tasks").EnumerateArray().Should().NotBeEmpty();
        await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionString(folder)))
        {
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand(
                "SELECT \"CreatedAtUtc\", \"AudienceGroups\", \"Version\" FROM plans.plans_plans "
                    + "WHERE \"Code\" = @code",
                connection
            );
            read.Parameters.AddWithValue("code", SeededPlatform.Plan);
            await using var row = await read.ExecuteReaderAsync();
            (await row.ReadAsync()).Should().BeTrue();
            row.GetDateTime(0).Should().Be(PlatformFactory.DefaultNow.UtcDateTime, "a timestamp, not SQLite's text");
            row.GetFieldValue<string[]>(1).Should().Equal(audiences, "a text[], not SQLite's JSON text");
            row.GetInt32(2).Should().Be(2);
        }

        created.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32()
            .Should().Be(source.WithdrawableActivityId + 1, "the identity starts after the largest copied id");
    }

    [PostgreSqlOnlyFact(Server)]
    public async Task A_target_that_holds_data_is_refused_and_left_as_it_was_on_PostgreSQL_the_copy_target()
    {
        await source.SeededAsync();
        using (var started = PlatformFactory.InFolder(folder))
        {
            // A host started on it: the register, the national plans and the bootstrap administrator.
            (await started.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();
        }

        var before = await DatabaseWatch.FingerprintAsync(TestDatabase.ConnectionString(folder));

        var run = await HostRun.VerbAsync(folder, "copy-from-sqlite", source.File);

        run.Exit.Should().Be(1);
        run.Error.Should().Contain($"Database {TestDatabase.DatabaseName(folder)} on ").And
            .Contain("already holds data (table ").And.EndWith("Nothing was copied." + Environment.NewLine);
        run.Error.TrimEnd().Should().NotContain(Environment.NewLine);
        (await DatabaseWatch.FingerprintAsync(TestDatabase.ConnectionString(folder))).Should().Equal(before);
    }

    [Fact]
    public async Task A_host_on_SQLite_is_refused()
    {
        var target = Path.Combine(folder, "target.db");

        var run = await HostRun.VerbAsync(
            folder,
            "copy-from-sqlite",
            source.File,
            "--Database:Provider=Sqlite",
            $"--ConnectionStrings:Platform=Data Source={target}"
        );

        run.Exit.Should().Be(1);
        run.Error.Should().Be("copy-from-sqlite copies into the host's PostgreSQL database, but Database:Provider is "
            + "not PostgreSQL. Run it with Database__Provider=PostgreSQL and ConnectionStrings__Platform naming an "
            + "empty PostgreSQL database. Nothing was changed." + Environment.NewLine);
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public async Task A_file_that_is_not_a_SQLite_database_is_refused_in_Vietnamese_by_default()
    {
        Directory.CreateDirectory(folder);
        var text = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(text, "This is not a database.");

        var run = await HostVerbs.RunAsync(
            System.Globalization.CultureInfo.InvariantCulture,
            folder,
            ["copy-from-sqlite", text, .. NoServer]
        );

        run.Exit.Should().Be(1);
        run.Error.Should().Be($"{text} không phải là cơ sở dữ liệu SQLite (tệp không bắt đầu bằng phần đầu của "
            + "SQLite). Chưa có gì thay đổi." + Environment.NewLine);
    }

    [Fact]
    public async Task A_SQLite_file_of_another_application_is_refused()
    {
        Directory.CreateDirectory(folder);
        var other = Path.Combine(folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);";
            await create.ExecuteNonQueryAsync();
        }

        var run = await HostRun.VerbAsync(folder, ["copy-from-sqlite", other, .. NoServer]);

        run.Exit.Should().Be(1);
        run.Error.Should().StartWith($"{other} is not a database of this platform: it has none of the platform's "
            + "migrations history tables (");
    }

    [Fact]
    public async Task A_file_that_lacks_a_migration_of_this_build_is_refused_with_what_to_do()
    {
        await source.SeededAsync();
        Directory.CreateDirectory(folder);
        var older = Path.Combine(folder, "older.db");
        await using (var connection = new SqliteConnection($"Data Source={source.File};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var copy = connection.CreateCommand();
            copy.CommandText = $"VACUUM INTO '{older}';";
            await copy.ExecuteNonQueryAsync();
        }

        string last;
        await using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DELETE FROM training_migrations_history WHERE MigrationId = "
                + "(SELECT max(MigrationId) FROM training_migrations_history) RETURNING MigrationId;";
            last = (string)(await drop.ExecuteScalarAsync())!;
        }

        var run = await HostRun.VerbAsync(folder, ["copy-from-sqlite", older, .. NoServer]);

        run.Exit.Should().Be(1);
        run.Error.Should().Be($"{older} is not up to date with this build: table training_migrations_history lacks "
            + $"{last}. Start the platform once on the file (Database__Provider=Sqlite), stop it and run the verb "
            + "again. Nothing was changed." + Environment.NewLine);
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);

    private async Task<Dictionary<string, long>> TargetCountsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(folder));
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in EveryTable.Select(t => TestDatabase.Table(t)))
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table};", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>The same answer, field for field, and the same ETag from the SQLite host and the PostgreSQL
    /// one.</summary>
    private static async Task AssertSameAsync(HttpClient sqlite, HttpClient postgres, string path)
    {
        using var expected = await sqlite.GetAsync(path);
        using var actual = await postgres.GetAsync(path);
        var body = await actual.Content.ReadAsStringAsync();
        actual.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, $"{path}: {body}");
        body.Should().Be(await expected.Content.ReadAsStringAsync(), path);
        actual.Headers.ETag?.Tag.Should().Be(expected.Headers.ETag?.Tag, path);
    }
}
