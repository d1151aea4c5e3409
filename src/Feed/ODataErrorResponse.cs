using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Feed;

/// <summary>The OData error body, <c>{"error":{"code":"...","message":"..."}}</c>, which Power Query shows to the
/// user.</summary>
public static class ODataErrorResponse
{
    public const string ContentType = "application/json; odata.metadata=minimal; odata.streaming=true";

    // Quotes and Vietnamese text as they are, not \u escapes: Power Query shows the message as it is written.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Body(string code, string message) =>
        JsonSerializer.Serialize(new { error = new { code, message } }, Options);

    public static ContentResult Result(int status, string code, string message) =>
        new() { StatusCode = status, ContentType = ContentType, Content = Body(code, message) };

    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.Headers["OData-Version"] = "4.0";
        await context.Response.WriteAsync(Body(code, message), context.RequestAborted);
    }
}
