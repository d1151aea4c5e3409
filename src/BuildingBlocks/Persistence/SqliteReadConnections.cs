using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// A few read-only connections to the platform's database for bulk reads that write JSON straight from SQLite's
/// values (the feed's plain pages, ADR 0012), kept open with their prepared statements. Opened in SQLite's
/// multi-thread mode (<c>SQLITE_OPEN_NOMUTEX</c>): a lease belongs to one request at a time, so the per-call mutex of
/// the serialized mode — a third of the cost of reading a column — buys nothing. An in-memory database has none.
/// </summary>
public sealed class SqliteReadConnections : IDisposable
{
    private const int Kept = 4;

    private readonly string? filename;
    private readonly int uriFlag;
    private readonly ILogger? logger;
    private readonly Lock gate = new();
    private readonly Stack<Connection> idle = new();
    private readonly Lazy<bool> opens;
    private bool disposed;

    public SqliteReadConnections(IConfiguration configuration, ILogger<SqliteReadConnections>? logger = null)
    {
        // What Microsoft.Data.Sqlite does before its first connection: the native library and provider are set up once.
        Batteries_V2.Init();
        this.logger = logger;
        (filename, uriFlag) = FileOf(new SqliteConnectionStringBuilder(PlatformDatabase.ConnectionString(configuration)));
        opens = new Lazy<bool>(Probe);
    }

    /// <summary>
    /// Whether reads can go through these connections: a database file (not in memory), <see cref="SqliteColumns"/>
    /// bound to the library SQLitePCLRaw uses, and a first connection that opened. Otherwise readers use EF Core.
    /// </summary>
    public bool Available => filename is not null && SqliteColumns.Available && !Volatile.Read(ref disposed) && opens.Value;

    /// <summary>A connection of the pool for one request's read; dispose the lease to give it back.</summary>
    public Lease Rent()
    {
        if (filename is null)
        {
            throw new InvalidOperationException("An in-memory database has no read connections of its own.");
        }

        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (idle.TryPop(out var connection))
            {
                return new Lease(this, connection);
            }
        }

        return new Lease(this, Connection.Open(filename, uriFlag));
    }

    private void Return(Connection connection)
    {
        lock (gate)
        {
            if (!disposed && idle.Count < Kept)
            {
                idle.Push(connection);
                return;
            }
        }

        connection.Dispose();
    }

    public void Dispose()
    {
        List<Connection> closing;
        lock (gate)
        {
            disposed = true;
            closing = [.. idle];
            idle.Clear();
        }

        closing.ForEach(c => c.Dispose());
    }

    /// <summary>The file as Microsoft.Data.Sqlite opens it (a <c>file:</c> URI, <c>|DataDirectory|</c>), or null for a database in memory.</summary>
    private static (string? File, int UriFlag) FileOf(SqliteConnectionStringBuilder builder)
    {
        var file = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(file) || file.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return (null, 0);
        }

        if (file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return file.Contains(":memory:", StringComparison.OrdinalIgnoreCase) || file.Contains("mode=memory", StringComparison.OrdinalIgnoreCase)
                ? (null, 0)
                : (file, raw.SQLITE_OPEN_URI);
        }

        if (AppDomain.CurrentDomain.GetData("DataDirectory") is string folder && folder.Length > 0)
        {
            const string Macro = "|DataDirectory|";
            file = file.StartsWith(Macro, StringComparison.OrdinalIgnoreCase) ? Path.Combine(folder, file[Macro.Length..])
                : Path.IsPathRooted(file) ? file : Path.Combine(folder, file);
        }

        return (file, 0);
    }

    private bool Probe()
    {
        try
        {
            Rent().Dispose();
            return true;
        }
        catch (SqliteException exception)
        {
            logger?.LogWarning(exception, "Read connections to {File} do not open; the feed reads through EF Core", filename);
            return false;
        }
    }

    /// <summary>One rented connection; its statements are reset when they are handed out and when the lease ends.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly SqliteReadConnections owner;
        private Connection? connection;

        internal Lease(SqliteReadConnections owner, Connection connection)
        {
            this.owner = owner;
            this.connection = connection;
        }

        /// <summary>The statement for <paramref name="sql"/>, prepared once per connection, reset and unbound.</summary>
        public sqlite3_stmt Statement(string sql)
        {
            ObjectDisposedException.ThrowIf(connection is null, this);
            return connection.Statement(sql);
        }

        /// <summary>SQLite's error for a result code of this connection, as Microsoft.Data.Sqlite would raise it.</summary>
        public SqliteException Error(int resultCode)
        {
            ObjectDisposedException.ThrowIf(connection is null, this);
            return connection.Error(resultCode);
        }

        public void Dispose()
        {
            if (connection is { } held)
            {
                connection = null;
                if (held.ResetAll())
                {
                    owner.Return(held);
                }
                else
                {
                    held.Dispose();
                }
            }
        }
    }

    internal sealed class Connection : IDisposable
    {
        private readonly sqlite3 handle;
        private readonly Dictionary<string, sqlite3_stmt> statements = new(StringComparer.Ordinal);

        private Connection(sqlite3 handle) => this.handle = handle;

        public static Connection Open(string file, int uriFlag)
        {
            var rc = raw.sqlite3_open_v2(file, out var handle, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX | uriFlag, null);
            var connection = new Connection(handle);
            if (rc != raw.SQLITE_OK)
            {
                var error = connection.Error(rc);
                connection.Dispose();
                throw error;
            }

            // A reader waits for a checkpoint in progress as the module connections do, instead of failing at once.
            raw.sqlite3_busy_timeout(handle, PlatformDatabase.BusyTimeoutSeconds * 1000);
            return connection;
        }

        public sqlite3_stmt Statement(string sql)
        {
            if (statements.TryGetValue(sql, out var statement))
            {
                raw.sqlite3_reset(statement);
                raw.sqlite3_clear_bindings(statement);
                return statement;
            }

            var rc = raw.sqlite3_prepare_v2(handle, sql, out statement);
            if (rc != raw.SQLITE_OK)
            {
                statement.Dispose();
                throw Error(rc);
            }

            statements.Add(sql, statement);
            return statement;
        }

        /// <summary>Ends every read of this connection, so none holds a WAL snapshot while the connection is idle.</summary>
        public bool ResetAll()
        {
            var clean = true;
            foreach (var statement in statements.Values)
            {
                clean &= raw.sqlite3_reset(statement) == raw.SQLITE_OK;
            }

            return clean;
        }

        public SqliteException Error(int rc) =>
            new($"SQLite Error {rc}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(handle));

        public void Dispose()
        {
            foreach (var statement in statements.Values)
            {
                statement.Dispose();
            }

            statements.Clear();
            handle.Dispose();
        }
    }
}
