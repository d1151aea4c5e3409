using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Platform.Feed;

namespace Platform.Host;

/// <summary>
/// Under <c>/odata</c>, whatever would be a ProblemDetails (a status the framework answers without a body, such as 405
/// or a key that reads no row, or an exception the platform's handler maps) is written as the OData error body that
/// Power Query and OData clients read, <c>{"error":{"code":…,"message":…}}</c>, with the same status and text.
/// </summary>
internal sealed class ODataProblemDetailsWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => context.HttpContext.Request.Path
        .StartsWithSegments("/" + ODataLimits.RoutePrefix, StringComparison.OrdinalIgnoreCase);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? response.StatusCode;
        problem.Status = status;
        // The default writer would apply the customization (StatusCodeProblems' details): so does this one.
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var reason = ReasonPhrases.GetReasonPhrase(status);
        var code = reason.Length > 0
            ? reason.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            : "Error";
        response.StatusCode = status;
        response.ContentType = ODataErrorResponse.ContentType;
        response.Headers["OData-Version"] = "4.0";
        var body = ODataErrorResponse.Body(code, problem.Detail ?? problem.Title ?? reason);
        await response.WriteAsync(body, context.HttpContext.RequestAborted);
    }
}
