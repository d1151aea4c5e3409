using Microsoft.Extensions.Localization;

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
        var texts = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<HostTexts>>();
        context.ProblemDetails.Detail = context.ProblemDetails.Status switch
        {
            StatusCodes.Status404NotFound => texts["Status.NotFound", request.Method, request.Path].Value,
            StatusCodes.Status405MethodNotAllowed => texts["Status.MethodNotAllowed", request.Path, request.Method],
            StatusCodes.Status415UnsupportedMediaType => texts[
                "Status.UnsupportedMediaType",
                request.Path,
                request.ContentType ?? string.Empty
            ],
            _ => null,
        };
    }
}
