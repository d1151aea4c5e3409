namespace Platform.Host;

/// <summary>
/// A status the framework answers without a body (no route matches, wrong method or media type) becomes a
/// ProblemDetails through UseStatusCodePages; this gives it a detail a client can act on.
/// </summary>
internal static class StatusCodeProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Detail is not null)
        {
            return;
        }

        var request = context.HttpContext.Request;
        context.ProblemDetails.Detail = context.ProblemDetails.Status switch
        {
            StatusCodes.Status404NotFound => $"Nothing is served at {request.Method} {request.Path}: check the address (and that ids are whole numbers).",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not accept {request.Method}.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"{request.Path} does not accept the content type '{request.ContentType}': send JSON as application/json (an import takes text/csv or .xlsx).",
            _ => null,
        };
    }
}
