using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Platform.TestKit;

/// <summary>
/// The database a test folder stands for, on the provider the suite runs on (<c>PLATFORM_TEST_PROVIDER</c>:
/// <c>Sqlite</c>, the default, or <c>PostgreSQL</c>). On SQLite it is the file <c>platform.db</c> in the folder; on
/// PostgreSQL it is the database <c>pt_</c> + 20 hex digits of the SHA-256 of the folder's full path, on the cluster
/// of <c>PLATFORM_TEST_POSTGRES</c> (an administrator's connection string to a throwaway cluster), so a second or
/// restarted host over the same folder reaches the same database. The database is created on first use and dropped
/// with its folder.
/// </summary>
public static class TestDatabase
{
    /// <summary>The value of <c>PLATFORM_TEST_PROVIDER</c> and of <c>Database:Provider</c> for SQLite.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>The value of <c>PLATFORM_TEST_PROVIDER</c> and of <c>Database:Provider</c> for PostgreSQL.</summary>
    public const string PostgreSql = "PostgreSQL";

    /// <summary>The environment variable naming the provider the suite runs on.</summary>
    public const string ProviderVariable = "PLATFORM_TEST_PROVIDER";

    /// <summary>The environment variable holding the administrator's connection string of the test
    /// cluster.</summary>
    public const string PostgresVariable = "PLATFORM_TEST_POSTGRES";

    /// <summary>The modules that have a schema of their own on PostgreSQL, as <see cref="Table"/> names
    /// them.</summary>
    public static readonly IReadOnlyList<string> ModuleSchemas = ["plans", "training", "monitoring", "access", "audit"];

    private static readonly Lazy<string> AdminConnectionString = new(ReadAdminConnectionString);

    /// <summary>
    /// <see cref="Sqlite"/> or <see cref="PostgreSql"/>, from <c>PLATFORM_TEST_PROVIDER</c> (empty or unset:
    /// SQLite); any other value stops the suite at its first use.
    /// </summary>
    public static string Provider { get; } = ReadProvider();

    /// <summary>True when the suite runs on PostgreSQL.</summary>
    public static bool IsPostgreSql => Provider == PostgreSql;

    /// <summary>The name of the PostgreSQL database of <paramref name="folder"/>: <c>pt_</c> and 20 hex digits of
    /// the SHA-256 of its full path (on SQLite too, where nothing uses it).</summary>
    public static string DatabaseName(string folder)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(folder)));
        return "pt_" + Convert.ToHexStringLower(hash)[..20];
    }

    /// <summary>
    /// The host's connection string for <paramref name="folder"/>: <c>Data Source=&lt;folder&gt;/platform.db</c> on
    /// SQLite; on PostgreSQL the administrator's connection string on the folder's database, with a small pool of its
    /// own (several test assemblies run at once against one cluster).
    /// </summary>
    public static string ConnectionString(string folder)
    {
        if (!IsPostgreSql)
        {
            return $"Data Source={Path.Combine(folder, "platform.db")}";
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString.Value)
        {
            Database = DatabaseName(folder),
            MaxPoolSize = 8,
            ConnectionIdleLifetime = 10,
        }.ConnectionString;
    }

    /// <summary>
    /// Makes the folder's database exist, empty when new: nothing on SQLite (the host creates the file in the folder);
    /// on PostgreSQL <c>CREATE DATABASE … TEMPLATE template0</c> in UTF-8 with the C.UTF-8 collation, unless it
    /// exists.
    /// </summary>
    public static void EnsureCreated(string folder)
    {
        if (!IsPostgreSql)
        {
            return;
        }

        var name = DatabaseName(folder);
        using var admin = OpenAdmin();
        using (var exists = admin.CreateCommand())
        {
            exists.CommandText = "SELECT 1 FROM pg_database WHERE datname = @name";
            exists.Parameters.AddWithValue("name", name);
            if (exists.ExecuteScalar() is not null)
            {
                return;
            }
        }

        using var create = admin.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
            + "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'";
        try
        {
            create.ExecuteNonQuery();
        }
        catch (PostgresException e)
            when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another factory over the same folder created it first (or at the same instant: the catalogue's own
            // unique index answers then).
        }
    }

    /// <summary>
    /// Drops the folder's database on PostgreSQL (<c>DROP DATABASE IF EXISTS … WITH (FORCE)</c>) after clearing the
    /// pool of its connection string only: the pools of the tests running beside it stay. On SQLite nothing: the file
    /// goes with its folder.
    /// </summary>
    public static void Drop(string folder)
    {
        if (!IsPostgreSql)
        {
            return;
        }

        using (var pooled = new NpgsqlConnection(ConnectionString(folder)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var admin = OpenAdmin();
        using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName(folder)}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }

    /// <summary>
    /// An open connection of the test's own to the folder's database, for raw SQL beside the host: unpooled on SQLite
    /// (it holds no file open once disposed), from the folder's pool on PostgreSQL. Name tables with
    /// <see cref="Table"/> and double-quote column names (<c>"Code"</c>): both providers read them so.
    /// </summary>
    public static async Task<DbConnection> OpenAsync(string folder)
    {
        DbConnection connection = IsPostgreSql
            ? new NpgsqlConnection(ConnectionString(folder))
            : new SqliteConnection(ConnectionString(folder) + ";Pooling=False");
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The one number <paramref name="sql"/> answers (a count) on a connection of
    /// <see cref="OpenAsync"/>.</summary>
    public static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A module's table as raw SQL names it: <c>plans_units</c> on SQLite, <c>plans.plans_units</c> (the module's
    /// schema) on PostgreSQL. <paramref name="module"/> is the module's name in any case (<c>Plans</c>,
    /// <c>plans</c>); <c>platform_changes</c>, in no module's schema, needs no call.
    /// </summary>
    public static string Table(string module, string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var schema = module.ToLowerInvariant();
        if (!ModuleSchemas.Contains(schema))
        {
            throw new ArgumentException($"No module has the schema '{schema}'.", nameof(module));
        }

        return IsPostgreSql ? $"{schema}.{table}" : table;
    }

    /// <summary>
    /// The module of one of its tables by the table's prefix (<c>plans_units</c>: <c>plans</c>), for tests that hold
    /// table names alone; <c>audit_entries</c> is Audit's.
    /// </summary>
    public static string Table(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var module = ModuleSchemas.FirstOrDefault(s => table.StartsWith(s + "_", StringComparison.Ordinal))
            ?? throw new ArgumentException($"'{table}' starts with no module's name.", nameof(table));
        return Table(module, table);
    }

    /// <summary>
    /// The command-line arguments that put the host on the folder's database:
    /// <c>--Database:Provider=…</c> and <c>--ConnectionStrings:Platform=…</c>.
    /// </summary>
    public static string[] HostArguments(string folder) =>
        [$"--Database:Provider={Provider}", $"--ConnectionStrings:Platform={ConnectionString(folder)}"];

    /// <summary>Why a test that needs SQLite itself does not run now (null: it runs).</summary>
    public static string? SkipUnlessSqlite(string reason) =>
        IsPostgreSql ? $"SQLite only ({ProviderVariable}={Provider}): {reason}" : null;

    /// <summary>Why a test that needs PostgreSQL itself does not run now (null: it runs).</summary>
    public static string? SkipUnlessPostgreSql(string reason) =>
        IsPostgreSql ? null : $"PostgreSQL only ({ProviderVariable}={Provider}): {reason}";

    private static NpgsqlConnection OpenAdmin()
    {
        var admin = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(AdminConnectionString.Value) { Pooling = false }.ConnectionString
        );
        admin.Open();
        return admin;
    }

    private static string ReadProvider()
    {
        var value = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(value) || value.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite;
        }

        if (value.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            return PostgreSql;
        }

        throw new InvalidOperationException($"{ProviderVariable}={value}: expected {Sqlite} or {PostgreSql}.");
    }

    private static string ReadAdminConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{ProviderVariable}={PostgreSql} needs {PostgresVariable}, the administrator's connection string of "
                    + "a throwaway cluster (Host=…;Port=…;Username=…;Password=…): .ci/postgres.sh starts one."
            );
        }

        return value;
    }
}
