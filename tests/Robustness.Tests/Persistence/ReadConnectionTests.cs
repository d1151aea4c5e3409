using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.TestKit;
using SQLitePCL;

namespace Platform.Robustness.Tests.Persistence;

/// <summary>
/// The read connections behind the feed's SQLite pages (ADR 0012): they only read, hold no snapshot once a page is
/// sent (so checkpoints can empty the WAL), and read past a writer that holds its transaction open.
/// </summary>
public sealed class ReadConnectionTests : IDisposable
{
    private readonly PlatformFactory platform = new();

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task After_a_page_is_sent_a_checkpoint_can_empty_the_WAL()
    {
        using var client = platform.CreateClient();
        await SqlitePageAsync(client, "/odata/AdministrativeUnits?$count=true");

        await using var connection = await OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var result = await checkpoint.ExecuteReaderAsync();
        (await result.ReadAsync()).Should().BeTrue();

        (result.GetInt64(0), result.GetInt64(1)).Should().Be((0L, 0L), "no read connection keeps a snapshot open (busy 0, WAL emptied)");
    }

    [Fact]
    public async Task A_page_is_read_while_a_writer_holds_its_transaction_and_shows_only_what_is_committed()
    {
        using var client = platform.CreateClient();
        var before = await CountAsync(client);
        await using var writer = await OpenAsync();
        await using var transaction = await writer.BeginTransactionAsync();
        await using var rename = writer.CreateCommand();
        rename.CommandText = "UPDATE plans_units SET Name = 'Chưa lưu' WHERE Code = '75' AND ValidTo IS NULL;";
        (await rename.ExecuteNonQueryAsync()).Should().Be(1);

        var page = await SqlitePageAsync(client, "/odata/AdministrativeUnits?$count=true");

        page.Should().NotContain("Chưa lưu").And.Contain("Tỉnh Đồng Nai");
        JsonDocument.Parse(page).RootElement.GetProperty("@odata.count").GetInt64().Should().Be(before).And.Be(SharedData.FreshDatabaseUnits);
    }

    [Fact]
    public async Task A_page_SQLite_cannot_read_is_a_500_OData_error_and_the_next_page_reads_again()
    {
        using var client = platform.CreateClient();
        await SqlitePageAsync(client, "/odata/AdministrativeUnits");
        await using var connection = await OpenAsync();
        var view = await ScalarAsync(connection, "SELECT sql FROM sqlite_master WHERE name = 'plans_v_units';");
        await ScalarAsync(connection, "DROP VIEW plans_v_units;");

        var broken = await client.GetAsync("/odata/AdministrativeUnits?$skiptoken=Id-10");
        var error = await broken.Content.ReadAsStringAsync();
        await ScalarAsync(connection, view + ";");

        broken.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        error.Should().Be("""{"error":{"code":"InternalError","message":"The feed could not read this page from the database. The error is in the server's log."}}""");
        (await SqlitePageAsync(client, "/odata/AdministrativeUnits?$skiptoken=Id-10")).Should().Contain("\"Code\":\"75\"");
    }

    [Fact]
    public void A_disposed_pool_lends_nothing_and_closes_what_comes_back()
    {
        using var client = platform.CreateClient();
        var connections = new SqliteReadConnections(Configuration(platform.ConnectionString));
        connections.Available.Should().BeTrue();
        var lease = connections.Rent();

        connections.Dispose();
        lease.Dispose();

        connections.Available.Should().BeFalse();
        connections.Invoking(c => c.Rent()).Should().Throw<ObjectDisposedException>();
    }

    [Theory]
    [InlineData("Data Source={0}")]
    [InlineData("Data Source=file:{0}")]
    [InlineData("Data Source=file:{0}?cache=private;Mode=ReadWriteCreate")]
    public void The_file_is_opened_as_Microsoft_Data_Sqlite_opens_it(string connectionString)
    {
        using var client = platform.CreateClient();
        using var connections = new SqliteReadConnections(Configuration(string.Format(System.Globalization.CultureInfo.InvariantCulture, connectionString, platform.DatabasePath)));

        connections.Available.Should().BeTrue();
        using var lease = connections.Rent();
        var count = lease.Statement("SELECT COUNT(*) FROM plans_units;");
        raw.sqlite3_step(count).Should().Be(raw.SQLITE_ROW);
        raw.sqlite3_column_int64(count, 0).Should().Be(SharedData.FreshDatabaseUnits);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=platform;Mode=Memory;Cache=Shared")]
    [InlineData("Data Source=file::memory:?cache=shared")]
    [InlineData("Data Source=file:platform?mode=memory&cache=shared")]
    public void A_database_in_memory_has_no_read_connections(string connectionString)
    {
        using var connections = new SqliteReadConnections(Configuration(connectionString));

        connections.Available.Should().BeFalse();
        connections.Invoking(c => c.Rent()).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_read_connection_cannot_write()
    {
        using var client = platform.CreateClient(); // starts the host, so the file exists and is migrated
        var connections = platform.Services.GetRequiredService<SqliteReadConnections>();

        using var lease = connections.Rent();
        var statement = lease.Statement("UPDATE plans_units SET Name = 'x' WHERE Code = '75';");

        raw.sqlite3_step(statement).Should().Be(raw.SQLITE_READONLY);
    }

    /// <summary>A page of the feed, asserted 200 and read from SQLite (sent whole, with its length).</summary>
    private static async Task<string> SqlitePageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().NotBeNull("the page comes from SQLite");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private static IConfiguration Configuration(string connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = connectionString }).Build();

    private static async Task<long> CountAsync(HttpClient client) =>
        long.Parse(await client.GetStringAsync("/odata/AdministrativeUnits/$count"), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(platform.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
