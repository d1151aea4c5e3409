using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using SQLitePCL;

namespace Platform.BuildingBlocks.OData;

/// <summary>
/// Every row of a read-model view in the caller's scope, in key order, streamed as one JSON array straight from
/// SQLite (<see cref="SqliteJsonRows"/>): a bulk export for scripts, and the plain-JSON yardstick the feed is measured
/// against (docs/benchmarks.md). Sent in chunks of about 64 KiB; a read that fails halfway aborts the response.
/// </summary>
public sealed class SqliteJsonArray(SqliteJsonRows rows, string relation, string keyColumn, string? unitCodeColumn, string? provinceCodeColumn) : IResult
{
    private const int FlushThreshold = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var scope = httpContext.RequestServices.GetRequiredService<ICurrentCaller>().Scope;
        using var lease = httpContext.RequestServices.GetRequiredService<SqliteReadConnections>().Rent();
        var statement = lease.Statement(
            $"SELECT {rows.SelectList} FROM {SqliteJsonRows.Quote(relation)}{SqliteScope.Where(SqliteScope.Condition(scope, unitCodeColumn, provinceCodeColumn))} ORDER BY {SqliteJsonRows.Quote(keyColumn)};");
        SqliteScope.Bind(statement, scope);

        // The first step runs before the status is sent: a query SQLite refuses is an error response, not a broken 200.
        var rc = raw.sqlite3_step(statement);
        if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            throw lease.Error(rc);
        }

        var response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        var cancel = httpContext.RequestAborted;
        var handle = SqliteColumns.Handle(statement);
        var rowWriter = rows.Writer();
        await using var writer = new Utf8JsonWriter(response.BodyWriter, ODataJsonValues.WriterOptions);
        writer.WriteStartArray();
        for (; rc == raw.SQLITE_ROW; rc = raw.sqlite3_step(statement))
        {
            rowWriter.WriteRow(writer, statement, handle);
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
                await response.BodyWriter.FlushAsync(cancel);
            }
        }

        GC.KeepAlive(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw lease.Error(rc);
        }

        writer.WriteEndArray();
        writer.Flush();
        await response.BodyWriter.FlushAsync(cancel);
    }
}
