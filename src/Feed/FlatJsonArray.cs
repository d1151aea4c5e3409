using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.Feed;

/// <summary>
/// Rows of a feed set as one plain JSON array (no OData envelope), each row written by the feed's own row writer
/// (<see cref="FlatRowWriter"/>), so an export carries exactly the values and spellings of the feed's pages.
/// </summary>
public sealed class FlatJsonArray<T>(string entitySet, IEnumerable<T> rows) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var model = httpContext
            .RequestServices.GetRequiredService<IOptions<ODataOptions>>()
            .Value.RouteComponents[ODataLimits.RoutePrefix]
            .EdmModel;
        var type = model.EntityContainer.FindEntitySet(entitySet)?.EntityType
            ?? throw new InvalidOperationException($"The feed has no entity set {entitySet}.");
        var row = FlatRowWriter.For<T>(type)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has a property the row writer cannot write.");
        var response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(response.BodyWriter, ODataJsonValues.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartArray();
            foreach (var item in rows)
            {
                writer.WriteStartObject();
                row(writer, item);
                writer.WriteEndObject();
                if (writer.BytesPending > 64 * 1024)
                {
                    writer.Flush();
                    await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
        }
    }
}
