using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData;
using Platform.BuildingBlocks.Texts;

namespace Platform.BuildingBlocks.OData;

/// <summary>
/// <c>[EnableQuery]</c> with the platform's limits (<see cref="ODataLimits"/>) and errors: every query the library
/// refuses or cannot run over the feed's rows answers 400 with an OData error body, never a 500 or a truncated 200
/// (each page is materialised before the first byte is written).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class PlatformQueryAttribute : EnableQueryAttribute
{
    public PlatformQueryAttribute()
    {
        PageSize = ODataLimits.PageSize;
        MaxTop = ODataLimits.MaxTop;
        MaxSkip = ODataLimits.MaxSkip;
        MaxExpansionDepth = ODataLimits.MaxExpansionDepth;
        MaxNodeCount = ODataLimits.MaxNodeCount;
        MaxAnyAllExpressionDepth = ODataLimits.MaxAnyAllExpressionDepth;
        MaxOrderByNodeCount = ODataLimits.MaxOrderByNodeCount;
        // Every set is queried in memory (FeedRows): member access on a missing navigation or a null text needs checks.
        HandleNullPropagation = HandleNullPropagationOption.True;
        EnsureStableOrdering = true;
        // A pattern is a regular expression run over every row in memory, without a time limit: refused.
        AllowedFunctions = AllowedFunctions.AllFunctions & ~AllowedFunctions.MatchesPattern;
    }

    public override void OnActionExecuting(ActionExecutingContext actionExecutingContext)
    {
        ArgumentNullException.ThrowIfNull(actionExecutingContext);
        try
        {
            base.OnActionExecuting(actionExecutingContext);
        }
        catch (Exception exception) when (ODataQueryErrors.IsQueryError(exception))
        {
            actionExecutingContext.Result = BadRequest(ODataQueryErrors.Message(exception));
        }

        actionExecutingContext.Result = AsODataError(actionExecutingContext.Result);
    }

    public override void OnActionExecuted(ActionExecutedContext actionExecutedContext)
    {
        ArgumentNullException.ThrowIfNull(actionExecutedContext);
        try
        {
            base.OnActionExecuted(actionExecutedContext);
        }
        catch (Exception exception) when (ODataQueryErrors.IsQueryError(exception))
        {
            actionExecutedContext.Result = BadRequest(ODataQueryErrors.Message(exception));
        }

        actionExecutedContext.Result = AsODataError(actionExecutedContext.Result);
    }

    public override IQueryable ApplyQuery(IQueryable queryable, ODataQueryOptions queryOptions)
    {
        try
        {
            return base.ApplyQuery(queryable, queryOptions);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner && ODataQueryErrors.IsQueryError(inner))
        {
            // The page is materialised through reflection: the database's complaint arrives wrapped.
            throw new ODataQueryException(ODataQueryErrors.Message(inner), inner);
        }
    }

    private static IActionResult? AsODataError(IActionResult? result) => result switch
    {
        BadRequestObjectResult { Value: SerializableError error } => BadRequest(
            (error.TryGetValue("ExceptionMessage", out var detail) ? detail : error.GetValueOrDefault("Message"))?.ToString() is not { } message
                ? BuildingBlocksTexts.Get("OData.NotValid")
                // The library reports what ApplyQuery threw too: a message the platform already wrote is not introduced again.
                : error.GetValueOrDefault("type")?.ToString() == typeof(ODataQueryException).FullName ? message : ODataQueryErrors.FromLibrary(message)),
        _ => result,
    };

    private static ContentResult BadRequest(string message) =>
        ODataErrorResponse.Result(StatusCodes.Status400BadRequest, ODataQueryErrors.Code, message);
}
