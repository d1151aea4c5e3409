using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
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

    private readonly string? path;
    private readonly ConcurrentBag<Connection> idle = [];
    private volatile bool disposed;

    public SqliteReadConnections(IConfiguration configuration)
    {
        // What Microsoft.Data.Sqlite does before its first connection: the native library and provider are set up once.
        Batteries_V2.Init();
        var builder = new SqliteConnectionStringBuilder(PlatformDatabase.ConnectionString(configuration));
        path = builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>Whether there is a database file to read from (not an in-memory database) through <see cref="SqliteColumns"/>.</summary>
    public bool Available => path is not null && !disposed && SqliteColumns.Available;

    /// <summary>A connection of the pool for one request's read; dispose the lease to give it back.</summary>
    public Lease Rent()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (path is null)
        {
            throw new InvalidOperationException("An in-memory database has no read connections of its own.");
        }

        return new Lease(this, idle.TryTake(out var connection) ? connection : Connection.Open(path));
    }

    private void Return(Connection connection)
    {
        if (disposed || idle.Count >= Kept)
        {
            connection.Dispose();
            return;
        }

        idle.Add(connection);
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var connection))
        {
            connection.Dispose();
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

        public static Connection Open(string path)
        {
            var rc = raw.sqlite3_open_v2(path, out var handle, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX, null);
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
