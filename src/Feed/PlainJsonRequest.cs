using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Platform.Feed;

/// <summary>
/// The requests the platform's writers answer in place of the OData library, and the Content-Type the library gives
/// them: OData 4.0 (the library answers a 4.01 client with 4.01 and <c>@context</c>-style annotations), UTF-8 (it
/// honours <c>Accept-Charset</c>), no <c>$format</c> (with one it spells the Content-Type differently), and JSON with
/// minimal metadata and no other media-type parameter (it echoes <c>IEEE754Compatible</c>). Anything else is the
/// library's.
/// </summary>
internal static class PlainJsonRequest
{
    /// <summary>What the library sends for every request this class lets through.</summary>
    public const string ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";

    private static readonly string[] Parameters = ["odata.metadata=minimal", "odata.streaming=true", "charset=utf-8"];

    /// <summary>The headers and options of <paramref name="request"/> other than Accept are the plain ones.</summary>
    public static bool IsPlain(HttpRequest request) =>
        !request.Query.ContainsKey("$format")
        && IsAbsentOr40(request.Headers["OData-Version"]) && IsAbsentOr40(request.Headers["OData-MaxVersion"])
        && AcceptsUtf8Only(request.Headers.AcceptCharset);

    /// <summary>No Accept header, or one whose most preferred type is minimal-metadata JSON, as Power Query and Excel
    /// send.</summary>
    public static bool PrefersMinimalJson(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        return StringValues.IsNullOrEmpty(accept)
            || (MediaTypeHeaderValue.TryParseList(accept, out var types) && types.Count > 0
                && IsMinimalJson(types.OrderByDescending(t => t.Quality ?? 1).First()));
    }

    /// <summary>JSON (or any type) with no parameter but minimal metadata, streaming, UTF-8 and a quality.</summary>
    public static bool IsMinimalJson(string mediaType) =>
        MediaTypeHeaderValue.TryParse(mediaType, out var parsed) && IsMinimalJson(parsed);

    private static bool IsMinimalJson(MediaTypeHeaderValue type) =>
        (
            type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("*/*", StringComparison.Ordinal)
            || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
        )
        && type.Parameters.All(p =>
            p.Name.Equals("q", StringComparison.OrdinalIgnoreCase)
            || Parameters.Contains($"{p.Name}={p.Value.ToString().Trim('"')}", StringComparer.OrdinalIgnoreCase)
        );

    private static bool IsAbsentOr40(StringValues version) =>
        StringValues.IsNullOrEmpty(version) || (version.Count == 1 && version.ToString().Trim() == "4.0");

    private static bool AcceptsUtf8Only(StringValues acceptCharset) =>
        StringValues.IsNullOrEmpty(acceptCharset)
        || acceptCharset.SelectMany(v => (v ?? "").Split(',')).Select(c => c.Split(';', 2)[0].Trim())
            .All(c => c.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
