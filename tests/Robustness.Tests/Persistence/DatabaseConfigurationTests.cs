using Npgsql;
using Platform.Robustness.Tests.Backup;
using Platform.TestKit;

namespace Platform.Robustness.Tests.Persistence;

/// <summary>
/// A database the platform cannot use stops the host before it serves, with one line that says what to fix and exit
/// code 1, never a stack trace: an unknown provider, a SQLite connection string given to PostgreSQL, and on a real
/// server a wrong password, an unreachable port, a missing database, another application's tables.
/// </summary>
[Collection(nameof(HostVerbCollection))]
public sealed class DatabaseConfigurationTests : IDisposable
{
    private const string OnServer = "a server's refusals exist only on PostgreSQL";

    private readonly string folder = PlatformFactory.NewFolder();

    [Fact]
    public async Task An_unknown_provider_stops_the_host_with_one_line_naming_the_two_it_knows()
    {
        var (exit, output, error) = await HostRun.VerbAsync(folder, "list-users", "--Database:Provider=Oracle");

        (exit, output, error).Should()
            .Be((1, "", "Database:Provider must be Sqlite or PostgreSQL (it is 'Oracle')." + Environment.NewLine));
    }

    [Fact]
    public async Task PostgreSQL_with_an_SQLite_connection_string_stops_the_host_with_the_form_to_write()
    {
        var (exit, _, error) = await HostRun.VerbAsync(
            folder,
            "list-users",
            "--Database:Provider=PostgreSQL",
            "--ConnectionStrings:Platform=Data Source=data/platform.db"
        );

        (exit, error).Should().Be((1,
            "ConnectionStrings:Platform is not a PostgreSQL connection string; with Database:Provider=PostgreSQL give "
                + "Host=…;Port=5432;Database=…;Username=…;Password=…" + Environment.NewLine));
    }

    [PostgreSqlOnlyFact(OnServer)]
    public async Task A_wrong_password_stops_the_host_naming_the_user_and_the_server_on_PostgreSQL_as_only_a_server_refuses_so()
    {
        var settings = Settings();
        settings.Password = "not-the-password";

        var (exit, _, error) = await RunAsync(settings);

        (exit, error).Should().Be((1,
            $"PostgreSQL at {settings.Host}:{settings.Port} refused user '{settings.Username}': wrong password or no "
                + "such user (ConnectionStrings:Platform)." + Environment.NewLine));
    }

    [PostgreSqlOnlyFact(OnServer)]
    public async Task A_server_that_does_not_answer_stops_the_host_naming_where_it_was_looked_for_on_PostgreSQL_as_only_a_server_refuses_so()
    {
        var settings = Settings();
        settings.Port = 1;

        var (exit, _, error) = await RunAsync(settings);

        exit.Should().Be(1);
        error.Should().StartWith($"Cannot reach PostgreSQL at {settings.Host}:1: ").And.NotContain("   at ");
        error.TrimEnd().Should().NotContain(Environment.NewLine);
    }

    [PostgreSqlOnlyFact(OnServer)]
    public async Task A_missing_database_stops_the_host_saying_how_to_create_it_on_PostgreSQL_as_only_a_server_refuses_so()
    {
        var settings = Settings();
        settings.Database = "pt_no_such_database";

        var (exit, _, error) = await RunAsync(settings);

        (exit, error).Should().Be((1,
            $"Database 'pt_no_such_database' does not exist on {settings.Host}:{settings.Port}; create it "
                + "(createdb pt_no_such_database) and start again." + Environment.NewLine));
    }

    [PostgreSqlOnlyFact(OnServer)]
    public async Task A_database_of_another_application_is_refused_and_left_as_it_was_on_PostgreSQL_as_only_a_server_refuses_so()
    {
        TestDatabase.EnsureCreated(folder);
        await using (var connection = await TestDatabase.OpenAsync(folder))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id integer); INSERT INTO invoices VALUES (1);";
            await command.ExecuteNonQueryAsync();
        }

        var settings = Settings();
        var (exit, _, error) = await RunAsync(settings);

        (exit, error).Should().Be((1,
            $"Database '{settings.Database}' on {settings.Host}:{settings.Port} holds tables of another application "
                + "(e.g. public.invoices); the platform starts only on an empty database or its own."
                + Environment.NewLine));
        await using var after = await TestDatabase.OpenAsync(folder);
        await using var tables = after.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema <> 'pg_catalog' "
            + "AND table_schema <> 'information_schema';";
        (await tables.ExecuteScalarAsync()).Should().Be(1L, "nothing was created beside the other application's");
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);

    private NpgsqlConnectionStringBuilder Settings() => new(TestDatabase.ConnectionString(folder));

    private Task<(int Exit, string Output, string Error)> RunAsync(NpgsqlConnectionStringBuilder settings) =>
        HostRun.VerbAsync(
            folder,
            "list-users",
            "--Database:Provider=PostgreSQL",
            $"--ConnectionStrings:Platform={settings.ConnectionString}"
        );
}
