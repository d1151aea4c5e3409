using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Copy;

/// <summary>A table's rows in the SQLite file and in PostgreSQL after the copy.</summary>
public sealed record TableCount(string Table, long Source, long Target);

/// <summary>What <c>copy-from-sqlite</c> did: the counts per table, and whether the copy was kept (every count
/// equal).</summary>
public sealed record CopyReport(string File, IReadOnlyList<TableCount> Tables, bool Kept);

/// <summary>
/// Moving up (issue 17): the platform's SQLite file copied into the host's empty PostgreSQL database, every module
/// and the audit trail. The target gets the PostgreSQL migrations only, never the start-up seeding (register, national
/// plans, bootstrap administrator): those rows come from the file, with their ids. One transaction, under the
/// start-up lock, so a host started meanwhile waits and then finds the copy, and a failure or a count that differs
/// leaves the database empty. <c>platform_changes</c> is not copied: its counters only tell hosts' caches apart, and
/// the commit gives every module a new one.
/// </summary>
internal static class SqliteToPostgreSql
{
    public static async Task<CopyReport> CopyAsync(IServiceProvider services, string file, CancellationToken ct)
    {
        var texts = services.GetRequiredService<IStringLocalizer<HostTexts>>();
        if (services.GetRequiredService<DatabaseDialect>() is not PostgreSqlDialect server)
        {
            throw new CopyRefusedException(texts["Copy.NotPostgreSql"]);
        }

        await using var source = await SqliteSource.OpenAsync(services, file, ct);
        var modules = services.GetServices<ModuleDatabase>().ToList();
        await server.PrepareAsync(modules.Select(m => DatabaseChanges.ModuleOf(m.ContextType)).ToList(), ct);
        await using var initializing = await server.InitializationLockAsync(ct);
        var targets = modules.Select(m => (DbContext)services.GetRequiredService(m.ContextType)).ToList();
        foreach (var db in targets)
        {
            await db.Database.MigrateAsync(ct);
        }

        var tables = TableCopy.Of(source.Contexts.Zip(targets));
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        try
        {
            var counts = await unitOfWork.RunAsync(
                async () =>
                {
                    var connection = (NpgsqlConnection)unitOfWork.Connection;
                    foreach (var table in tables)
                    {
                        if (await table.CountTargetAsync(connection, ct) is var rows and > 0)
                        {
                            throw new CopyRefusedException(
                                texts["Copy.TargetNotEmpty", server.Database, server.Server, table.Name, rows]
                            );
                        }
                    }

                    var counted = await CopyTablesAsync(source, tables, connection, ct);
                    targets.ForEach(DatabaseChanges.Wrote);
                    // Thrown, so the transaction rolls back: a copy that lost or doubled rows is not kept.
                    return counted.All(c => c.Source == c.Target) ? counted : throw new CountsDiffer(counted);
                },
                ct
            );
            return new CopyReport(source.Path, counts, Kept: true);
        }
        catch (CountsDiffer differ)
        {
            return new CopyReport(source.Path, differ.Counts, Kept: false);
        }
    }

    private static async Task<List<TableCount>> CopyTablesAsync(
        SqliteSource source,
        IReadOnlyList<TableCopy> tables,
        NpgsqlConnection connection,
        CancellationToken ct
    )
    {
        // One read transaction over the file: every table as of the same moment.
        await using var snapshot = source.Connection.BeginTransaction(deferred: true);
        foreach (var table in tables)
        {
            await table.CopyAsync(snapshot, connection, ct);
        }

        var counts = new List<TableCount>();
        foreach (var table in tables)
        {
            await table.ResetIdentitiesAsync(connection, ct);
            counts.Add(new TableCount(
                table.Name,
                await table.CountSourceAsync(snapshot, ct),
                await table.CountTargetAsync(connection, ct)
            ));
        }

        return counts;
    }

    private sealed class CountsDiffer(IReadOnlyList<TableCount> counts) : Exception
    {
        public IReadOnlyList<TableCount> Counts { get; } = counts;
    }
}
