using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Platform.Feed;

namespace Platform.Access.Authentication;

/// <summary>
/// The body of a 401 or 403: the OData error JSON under <c>/odata</c> (Power Query shows its message), ProblemDetails
/// elsewhere, plain text for a client that accepts neither. The response's headers (WWW-Authenticate) are kept.
/// </summary>
internal static class AccessResponses
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/" + ODataLimits.RoutePrefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = ODataErrorResponse.ContentType;
            context.Response.Headers["OData-Version"] = "4.0";
            await context.Response.WriteAsync(ODataErrorResponse.Body(title, message), context.RequestAborted);
            return;
        }

        var problem = new ProblemDetails { Status = status, Title = title, Detail = message };
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (
            !await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem })
        )
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(message, context.RequestAborted);
        }
    }
}
