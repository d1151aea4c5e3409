using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Copy;

/// <summary>
/// One table of a module, copied from the SQLite file into PostgreSQL by one binary <c>COPY</c> (a round trip per row
/// would cost minutes for a national database's ~120,000 obligations and their copies). Both ends come from the
/// module's two EF Core models, so no table or column is named here and none is forgotten; each value travels as EF
/// Core's own mappings take it (<see cref="CopiedColumn"/>). Ids and <c>Version</c> are copied as they are, so ETags
/// stay the same numbers.
/// </summary>
internal sealed class TableCopy
{
    private readonly ITable target;
    private readonly string sourceSelect;
    private readonly string sourceTable;
    private readonly string targetTable;
    private readonly List<CopiedColumn> columns;

    private TableCopy(ITable source, ITable target, ISqlGenerationHelper sqlite, ISqlGenerationHelper postgres)
    {
        this.target = target;
        columns = target.Columns
            .Select(c => new CopiedColumn(
                source.FindColumn(c.Name)
                    ?? throw new InvalidOperationException($"{source.Name} has no column {c.Name} on SQLite."),
                c
            ))
            .ToList();
        sourceTable = sqlite.DelimitIdentifier(source.Name);
        targetTable = postgres.DelimitIdentifier(target.Name, target.Schema);
        var order = source.PrimaryKey is { } key
            ? " ORDER BY " + string.Join(", ", key.Columns.Select(c => sqlite.DelimitIdentifier(c.Name)))
            : "";
        sourceSelect = $"SELECT {string.Join(", ", columns.Select(c => sqlite.DelimitIdentifier(c.Name)))} "
            + $"FROM {sourceTable}{order};";
        TargetColumns = string.Join(", ", columns.Select(c => postgres.DelimitIdentifier(c.Name)));
    }

    /// <summary>The table as an operator reads it: <c>plans.plans_units</c>.</summary>
    public string Name => $"{target.Schema}.{target.Name}";

    private string TargetColumns { get; }

    /// <summary>
    /// Every table the modules' migrations create (not views, not a table a module only maps, such as the others' map
    /// of <c>audit_entries</c>), a table after those it references: rows then never wait for a row of a later table.
    /// </summary>
    public static IReadOnlyList<TableCopy> Of(IEnumerable<(DbContext Sqlite, DbContext PostgreSql)> modules)
    {
        var tables = new List<TableCopy>();
        foreach (var (sqlite, postgres) in modules)
        {
            // The design-time model: the read-optimised one does not keep which tables the migrations leave out.
            var targets = postgres.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
                .Where(t => !t.IsExcludedFromMigrations)
                .ToDictionary(t => t.Name, StringComparer.Ordinal);
            var sources = sqlite.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables;
            foreach (var source in sources.Where(t => !t.IsExcludedFromMigrations))
            {
                if (!targets.Remove(source.Name, out var target))
                {
                    throw new InvalidOperationException($"{source.Name} has no table in {postgres.GetType().Name}.");
                }

                tables.Add(new TableCopy(
                    source,
                    target,
                    sqlite.GetService<ISqlGenerationHelper>(),
                    postgres.GetService<ISqlGenerationHelper>()
                ));
            }

            if (targets.Count > 0)
            {
                throw new InvalidOperationException($"{string.Join(", ", targets.Keys)}: no table on SQLite.");
            }
        }

        return InReferenceOrder(tables);
    }

    /// <summary>Referenced tables first. A table's references to itself (a unit's parent) need no order: PostgreSQL
    /// checks a non-deferrable foreign key at the end of the statement, here the whole <c>COPY</c>.</summary>
    private static List<TableCopy> InReferenceOrder(List<TableCopy> tables)
    {
        var ordered = new List<TableCopy>();
        var pending = tables.ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(t => t.target.ForeignKeyConstraints
                .Select(k => k.PrincipalTable)
                .All(p => p == t.target || ordered.Any(o => o.target == p) || pending.All(q => q.target != p)))
                ?? throw new InvalidOperationException(
                    $"The tables {string.Join(", ", pending.Select(p => p.Name))} reference each other in a circle.");
            ordered.Add(next);
            pending.Remove(next);
        }

        return ordered;
    }

    public Task<long> CountSourceAsync(SqliteTransaction snapshot, CancellationToken cancellationToken) =>
        ScalarAsync<long>(snapshot.Connection!, snapshot, $"SELECT count(*) FROM {sourceTable};", cancellationToken);

    public Task<long> CountTargetAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ScalarAsync<long>(connection, null, $"SELECT count(*) FROM {targetTable};", cancellationToken);

    /// <summary>Copies every row of the source table as <paramref name="snapshot"/> sees it, in the order of its key;
    /// answers the rows written.</summary>
    public async Task<ulong> CopyAsync(
        SqliteTransaction snapshot,
        NpgsqlConnection to,
        CancellationToken cancellationToken
    )
    {
        await using var read = snapshot.Connection!.CreateCommand();
        read.Transaction = snapshot;
        read.CommandText = sourceSelect;
        await using var rows = await read.ExecuteReaderAsync(cancellationToken);
        await using var copy = await to.BeginBinaryImportAsync(
            $"COPY {targetTable} ({TargetColumns}) FROM STDIN (FORMAT BINARY)",
            cancellationToken
        );
        while (await rows.ReadAsync(cancellationToken))
        {
            await copy.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                await columns[i].WriteAsync(copy, rows, i, cancellationToken);
            }
        }

        return await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Moves each identity of the table (its <c>Id</c>) past the largest id copied: the next row a host writes, or a
    /// cascade's reserved ids (<c>nextval</c>), never meets a copied one.
    /// </summary>
    public async Task ResetIdentitiesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var column in columns.Where(c => c.Integer).Select(c => c.Name))
        {
            await BulkRows.MoveIdentityPastAsync(connection, targetTable, column, cancellationToken);
        }
    }

    private static async Task<T> ScalarAsync<T>(
        System.Data.Common.DbConnection connection,
        System.Data.Common.DbTransaction? transaction,
        string sql,
        CancellationToken cancellationToken
    )
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (T)Convert.ChangeType(
            (await command.ExecuteScalarAsync(cancellationToken))!,
            typeof(T),
            CultureInfo.InvariantCulture
        );
    }
}
