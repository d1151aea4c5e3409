using Microsoft.AspNetCore.Diagnostics;
using Platform.Feed;

namespace Platform.Host;

/// <summary>
/// Under <c>/odata</c>, an exception caused by the query string (a parse error the routing or the query layer throws
/// outside <see cref="PlatformQueryAttribute"/>) answers 400 with an OData error body, not 500 ProblemDetails.
/// </summary>
internal sealed partial class ODataExceptionHandler(ILogger<ODataExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        if (
            !httpContext.Request.Path.StartsWithSegments(
                "/" + ODataLimits.RoutePrefix,
                StringComparison.OrdinalIgnoreCase
            )
            || !ODataQueryErrors.IsQueryError(exception)
            || httpContext.Response.HasStarted
        )
        {
            return false;
        }

        LogRefused(logger, exception.Message);
        await ODataErrorResponse.WriteAsync(
            httpContext,
            StatusCodes.Status400BadRequest,
            ODataQueryErrors.Code,
            ODataQueryErrors.Message(exception)
        );
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OData query refused: {Message}")]
    private static partial void LogRefused(ILogger logger, string message);
}
