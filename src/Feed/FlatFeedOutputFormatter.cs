using System.Collections;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Formatters;
using System.Reflection;
using Microsoft.AspNetCore.OData.Abstracts;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query.Container;
using Microsoft.OData.Edm;

namespace Platform.Feed;

/// <summary>
/// Writes a page of an entity set of flat read-model rows straight to the response with <see cref="Utf8JsonWriter"/>,
/// in the OData JSON shape with minimal metadata: <c>@odata.context</c>, <c>@odata.count</c>, <c>value</c> and
/// <c>@odata.nextLink</c>, taken from what the query layer computed. It handles only the plain case Power Query asks
/// for page after page (a whole set, no <c>$select</c>/<c>$expand</c>/<c>$apply</c>, minimal metadata); every other
/// answer goes to the OData serializer, which spends two thirds of a page's time on one ODataResource and one
/// ODataProperty per value (docs/benchmarks.md). Switched off with <c>OData:FastWriter=false</c>.
/// </summary>
public sealed class FlatFeedOutputFormatter : IOutputFormatter
{
    private static readonly JsonEncodedText Context = JsonEncodedText.Encode("@odata.context");
    private static readonly JsonEncodedText Count = JsonEncodedText.Encode("@odata.count");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText NextLink = JsonEncodedText.Encode("@odata.nextLink");

    public bool CanWriteResult(OutputFormatterCanWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The declared type says IQueryable<Row>; what the query layer hands over may be a $select or $apply wrapper.
        return PageSizeProperty is not null && context.Object is IEnumerable rows
            && PlainJsonRequest.IsPlain(context.HttpContext.Request)
            && (
                !context.ContentType.HasValue
                || context.ContentType.Length == 0
                || PlainJsonRequest.IsMinimalJson(context.ContentType.Value!)
            )
            && FlatFeedTarget.Of(context.HttpContext) is { } target
            && RowType(rows.GetType()) is { } rowType
            && rowType == target.ClrType
            && FlatFeedNextLink.TryParseOrder(context.HttpContext.Request, target.EdmType, out _)
            && Writer(rowType, target.EdmType) is not null;
    }

    public async Task WriteAsync(OutputFormatterWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var target = FlatFeedTarget.Of(http)!;
        var response = http.Response;
        response.ContentType = PlainJsonRequest.ContentType;
        response.Headers["OData-Version"] = "4.0";

        var feature = http.ODataFeature();
        var page = Materialise(target.ClrType, (IEnumerable)context.Object!);
        var writer = new Utf8JsonWriter(response.BodyWriter, ODataJsonValues.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString(Context, http.Request.CreateODataLink() + "/$metadata#" + target.Set.Name);
            if (feature.TotalCount is { } total)
            {
                writer.WriteNumber(Count, total);
            }

            writer.WritePropertyName(Value);
            writer.WriteStartArray();
            var write = (Func<Utf8JsonWriter, HttpResponse, IEnumerable, Task>)Writer(target.ClrType, target.EdmType)!;
            await write(writer, response, page).ConfigureAwait(false);
            writer.WriteEndArray();
            if (
                (NextPage(http.Request, feature.Model, target.EdmType, context.Object!, page) ?? feature.NextLink) is
                { } next
            )
            {
                writer.WriteString(NextLink, next.AbsoluteUri);
            }

            writer.WriteEndObject();
            writer.Flush();
            await response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The link to the page after a truncated one (the library computes it in its serializer, so this one does
    /// too).</summary>
    private static Uri? NextPage(
        HttpRequest request,
        IEdmModel model,
        IEdmEntityType type,
        object result,
        IEnumerable page
    )
    {
        var pageSize = result is ITruncatedCollection { IsTruncated: true } truncated
            ? truncated.PageSize
            : TruncatedPageSize(request.HttpContext);
        if (pageSize <= 0 || !FlatFeedNextLink.TryParseOrder(request, type, out var order))
        {
            return null;
        }

        var last = page.Cast<object>().LastOrDefault();
        return last is null ? null : FlatFeedNextLink.Build(request, model, order, pageSize, last);
    }

    /// <summary>
    /// The query layer records the page size of a truncated page in an internal property of its feature, and its
    /// serializer reads it there; so does this writer (ASP.NET Core OData 9.5.0, pinned). Without it, this writer
    /// declines and the OData serializer writes every page.
    /// </summary>
    private static readonly PropertyInfo? PageSizeProperty =
        typeof(ODataFeature).GetProperty(
            "PageSize",
            BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance
        )
            is { PropertyType: var t } p
        && t == typeof(int)
            ? p
            : null;

    private static int TruncatedPageSize(HttpContext http) =>
        (int?)PageSizeProperty?.GetValue(http.ODataFeature()) ?? 0;

    /// <summary>The page as a list, before anything is written: errors of the query surface here, as exceptions the
    /// handlers map to 400.</summary>
    private static IEnumerable Materialise(Type rowType, IEnumerable rows)
    {
        if (rows is ICollection)
        {
            return rows;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(rowType))!;
        foreach (var row in rows)
        {
            list.Add(row);
        }

        return list;
    }

    private static Type? RowType(Type objectType) =>
        objectType.IsGenericType
        && objectType.GetGenericArguments() is [var only]
        && typeof(IEnumerable<>).MakeGenericType(only).IsAssignableFrom(objectType)
            ? only
            : objectType
                .GetInterfaces()
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<
        (Type, IEdmEntityType),
        Delegate?
    > PageWriters = new();

    /// <summary>The page writer for a row type: the compiled row writer of <see cref="FlatRowWriter"/> in a loop, or
    /// null.</summary>
    private static Delegate? Writer(Type rowType, IEdmEntityType edmType) =>
        PageWriters.GetOrAdd((rowType, edmType), key => (Delegate?)typeof(FlatFeedOutputFormatter)
            .GetMethod(nameof(PageWriter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(key.Item1).Invoke(null, [key.Item2]));

    private static Func<Utf8JsonWriter, HttpResponse, IEnumerable, Task>? PageWriter<T>(IEdmEntityType edmType)
    {
        var row = FlatRowWriter.For<T>(edmType);
        // The page is materialised before the first byte: a query the database refuses still answers 400, not a cut-off
        // 200.
        return row is null
            ? null
            : (writer, response, rows) => WriteRowsAsync(writer, response, (IEnumerable<T>)rows, row);
    }

    /// <summary>The rows, sent on in chunks of about 64 KiB so a page is never held twice in memory.</summary>
    private static async Task WriteRowsAsync<T>(
        Utf8JsonWriter writer,
        HttpResponse response,
        IEnumerable<T> rows,
        Action<Utf8JsonWriter, T> row
    )
    {
        foreach (var item in rows)
        {
            writer.WriteStartObject();
            row(writer, item);
            writer.WriteEndObject();
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
                await response.BodyWriter.FlushAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    private const int FlushThreshold = 64 * 1024;
}
