using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IO;
using Microsoft.OData.Edm;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using SQLitePCL;

namespace Platform.BuildingBlocks.OData;

/// <summary>
/// One plain page of a <see cref="SqliteFeedAttribute"/> set — the whole set in key order, from a <c>$skiptoken</c>,
/// with at most <c>$top</c>, <c>$count</c> and <c>Prefer: odata.maxpagesize</c>, minimal-metadata JSON — read from
/// SQLite and written as the OData library writes it, without EF Core materialising a row or .NET decoding a string.
/// The page is written to a pooled buffer first and sent whole with its length, so a failing read is an error
/// response, never a cut-off 200. Anything else about the request, and the library writes it (ADR 0012).
/// </summary>
public sealed class SqliteFeedPage : IActionResult
{
    private static readonly RecyclableMemoryStreamManager Buffers = new(new RecyclableMemoryStreamManager.Options
    {
        MaximumSmallPoolFreeBytes = 32 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 32 * 1024 * 1024,
    });

    private static readonly ConcurrentDictionary<IEdmStructuredType, SqliteJsonRows?> RowShapes = new();

    private static readonly JsonEncodedText Context = JsonEncodedText.Encode("@odata.context");
    private static readonly JsonEncodedText Count = JsonEncodedText.Encode("@odata.count");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText NextLink = JsonEncodedText.Encode("@odata.nextLink");

    private readonly SqliteFeedAttribute source;
    private readonly FlatFeedTarget target;
    private readonly SqliteFeedRequest request;
    private readonly SqliteJsonRows rows;

    private SqliteFeedPage(SqliteFeedAttribute source, FlatFeedTarget target, SqliteFeedRequest request, SqliteJsonRows rows)
    {
        this.source = source;
        this.target = target;
        this.request = request;
        this.rows = rows;
    }

    /// <summary>
    /// The SQLite page for what the action returned, in pages of <paramref name="pageSize"/> (the action's
    /// <see cref="PlatformQueryAttribute"/>), or null when the library must answer the request.
    /// </summary>
    internal static SqliteFeedPage? TryCreate(ActionExecutedContext context, int pageSize)
    {
        var http = context.HttpContext;
        if (context.Exception is not null
            || context.Result is not ObjectResult { Value: IQueryable returned } result || result.StatusCode is not (null or StatusCodes.Status200OK)
            || context.ActionDescriptor.EndpointMetadata.OfType<SqliteFeedAttribute>().FirstOrDefault() is not { } source
            || http.RequestServices.GetService<SqliteReadConnections>() is not { Available: true }
            || !http.RequestServices.GetRequiredService<IConfiguration>().GetValue(ODataLimits.FastWriterSetting, true)
            || FlatFeedTarget.Of(http) is not { } target || target.ClrType != returned.ElementType
            || target.EdmType.Key().ToList() is not [{ Type: var keyType } key] || !(keyType.IsInt32() || keyType.IsInt64())
            || SqliteFeedRequest.TryParse(http.Request, key.Name, keyType.IsInt32(), pageSize) is not { } request
            || RowShapes.GetOrAdd(target.EdmType, SqliteJsonRows.ForEdm) is not { } rows
            || rows.Columns.All(c => c.Name != key.Name))
        {
            return null;
        }

        return new SqliteFeedPage(source, target, request, rows);
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var scope = http.RequestServices.GetRequiredService<ICurrentCaller>().Scope;
        await using var buffer = Buffers.GetStream("odata-page");
        try
        {
            using var lease = http.RequestServices.GetRequiredService<SqliteReadConnections>().Rent();
            Write(buffer, lease, scope, http.Request);
        }
        catch (Exception exception) when (exception is SqliteException or ObjectDisposedException)
        {
            // Nothing is sent yet. The query is the platform's own, so a failure is the server's, never the caller's 400.
            await FailAsync(http, exception);
            return;
        }

        http.RequestAborted.ThrowIfCancellationRequested();
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = PlainJsonRequest.ContentType;
        response.Headers["OData-Version"] = "4.0";
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, http.RequestAborted);
    }

    private async Task FailAsync(HttpContext http, Exception exception)
    {
        var busy = exception is ObjectDisposedException || exception is SqliteException { SqliteErrorCode: raw.SQLITE_BUSY or raw.SQLITE_LOCKED };
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<SqliteFeedPage>()
            .LogError(exception, "A page of {Set} could not be read from {Relation}", target.Set.Name, source.Relation);
        if (busy)
        {
            http.Response.Headers.RetryAfter = "5";
        }

        await ODataErrorResponse.WriteAsync(
            http,
            busy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            busy ? "Busy" : "InternalError",
            busy
                ? "The database is busy or the service is stopping; nothing was read. Try again in a few seconds."
                : "The feed could not read this page from the database. The error is in the server's log.");
    }

    private void Write(RecyclableMemoryStream buffer, SqliteReadConnections.Lease lease, UnitScope scope, HttpRequest http)
    {
        var inScope = SqliteScope.Condition(scope, source.UnitCodeColumn, source.ProvinceCodeColumn);
        using var writer = new Utf8JsonWriter((System.Buffers.IBufferWriter<byte>)buffer, ODataJsonValues.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString(Context, http.CreateODataLink() + "/$metadata#" + target.Set.Name);
        if (request.Count)
        {
            writer.WriteNumber(Count, CountRows(lease, inScope, scope));
        }

        writer.WritePropertyName(Value);
        writer.WriteStartArray();
        var key = SqliteJsonRows.Quote(request.KeyName);
        var statement = lease.Statement(
            $"SELECT {rows.SelectList} FROM {SqliteJsonRows.Quote(source.Relation)}{SqliteScope.Where(inScope, key + " > $after")} ORDER BY {key} LIMIT $limit;");
        SqliteScope.Bind(statement, scope);
        raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "$after"), request.After ?? long.MinValue);
        var limit = Math.Min(request.Top ?? int.MaxValue, request.PageSize + 1);
        raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "$limit"), limit);
        var keyColumn = rows.Columns.Select((c, i) => (c.Name, i)).First(c => c.Name == request.KeyName).i;
        var (written, last, truncated) = (0, 0L, false);
        var handle = SqliteColumns.Handle(statement);
        var rowWriter = rows.Writer();
        int rc;
        while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            if (written == request.PageSize)
            {
                truncated = true;
                break;
            }

            rowWriter.WriteRow(writer, statement, handle);
            last = SqliteColumns.Int64(handle, keyColumn);
            written++;
        }

        GC.KeepAlive(statement);

        if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            throw lease.Error(rc);
        }

        writer.WriteEndArray();
        if (truncated && FlatFeedNextLink.Build(http, target.Model, [request.KeyName], request.PageSize, _ => KeyValue(last)) is { } next)
        {
            writer.WriteString(NextLink, next.AbsoluteUri);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private long CountRows(SqliteReadConnections.Lease lease, string? inScope, UnitScope scope)
    {
        var statement = lease.Statement($"SELECT COUNT(*) FROM {SqliteJsonRows.Quote(source.Relation)}{SqliteScope.Where(inScope)};");
        SqliteScope.Bind(statement, scope);
        var rc = raw.sqlite3_step(statement);
        return rc == raw.SQLITE_ROW ? raw.sqlite3_column_int64(statement, 0) : throw lease.Error(rc);
    }

    private object KeyValue(long key) => target.EdmType.Key().Single().Type.IsInt32() ? checked((int)key) : key;
}

/// <summary>
/// What a plain page request may carry: <c>$skiptoken=Key-n</c> as the feed's nextLinks spell it, <c>$top</c>,
/// <c>$count</c>, <c>Prefer: odata.maxpagesize</c>, and the headers <see cref="PlainJsonRequest"/> allows. Any other
/// option (<c>$format</c> too), parameter or preference, and the request is the library's.
/// </summary>
internal sealed record SqliteFeedRequest(string KeyName, long? After, int? Top, bool Count, int PageSize)
{
    public static SqliteFeedRequest? TryParse(HttpRequest request, string keyName, bool int32Key, int serverPageSize)
    {
        if (request.Path.Value?.EndsWith("/$count", StringComparison.OrdinalIgnoreCase) != false
            || !PlainJsonRequest.IsPlain(request) || !PlainJsonRequest.PrefersMinimalJson(request)
            || PreferredPageSize(request, serverPageSize) is not { } pageSize)
        {
            return null;
        }

        long? after = null;
        int? top = null;
        var count = false;
        foreach (var (name, values) in request.Query)
        {
            if (values.Count != 1)
            {
                return null;
            }

            var value = values.ToString();
            switch (name)
            {
                case "$skiptoken" when KeySkipToken.TryParse(value, keyName, out var key) && (!int32Key || key is >= int.MinValue and <= int.MaxValue):
                    after = key;
                    break;
                case "$top" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    top = n;
                    break;
                case "$count" when value is "true" or "false":
                    count = value == "true";
                    break;
                default:
                    return null;
            }
        }

        return new SqliteFeedRequest(keyName, after, top, count, pageSize);
    }

    /// <summary>
    /// The server's page size, or a smaller one asked with <c>Prefer: odata.maxpagesize</c> (the first, as the library
    /// takes it; the host has already dropped sizes out of range); null for any other preference.
    /// </summary>
    private static int? PreferredPageSize(HttpRequest request, int serverPageSize)
    {
        int? asked = null;
        foreach (var preference in request.Headers["Prefer"].SelectMany(v => (v ?? "").Split(',')).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var parts = preference.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts is not ["odata.maxpagesize", var text] || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
            {
                return null;
            }

            asked ??= size;
        }

        return asked is { } preferred ? Math.Min(serverPageSize, preferred) : serverPageSize;
    }
}
