using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;
using Platform.BuildingBlocks.Texts;

namespace Platform.Feed;

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

    /// <summary>
    /// The library's checks, then the platform's own: an <c>$expand</c> deeper than the limit said in words an analyst
    /// can act on, <c>$apply</c> groups refused with full metadata, and a <c>$skiptoken</c> that is not one the feed
    /// gave for this query (the library reads <c>Nope-5</c> as <c>Id-5</c>).
    /// </summary>
    public override void ValidateQuery(HttpRequest request, ODataQueryOptions queryOptions)
    {
        ArgumentNullException.ThrowIfNull(queryOptions);
        try
        {
            base.ValidateQuery(request, queryOptions);
        }
        catch (ODataException) when (queryOptions.Apply is null
            && ExpansionDepth(queryOptions.SelectExpand?.SelectExpandClause) > MaxExpansionDepth)
        {
            // The library's words send the analyst to a server setting. $expand is read only after the library has
            // validated (reading it first would bind $select to the set's type rather than to $apply's result).
            throw new ODataQueryException(FeedTexts.Get("OData.ExpandTooDeep", MaxExpansionDepth));
        }

        if (queryOptions.Apply?.ApplyClause.Transformations.Any(t => t.Kind is TransformationNodeKind.GroupBy
                or TransformationNodeKind.Aggregate) == true && AsksFullMetadata(request))
        {
            // The library cannot give a group the id and links full metadata asks for: the page broke off mid-stream.
            throw new ODataQueryException(FeedTexts.Get("OData.ApplyFullMetadata"));
        }

        if (queryOptions.SkipToken is { RawValue: var token } && !KeySkipToken.IsOneTheFeedGave(token, queryOptions))
        {
            throw new ODataQueryException(FeedTexts.Get("OData.SkipTokenNotOurs", token));
        }
    }

    private static bool AsksFullMetadata(HttpRequest request) =>
        request.Headers.Accept.Concat(request.Query["$format"])
            .Any(v => v?.Contains("odata.metadata=full", StringComparison.OrdinalIgnoreCase) == true);

    private static int ExpansionDepth(SelectExpandClause? clause) =>
        clause?.SelectedItems.OfType<ExpandedNavigationSelectItem>()
            .Select(e => 1 + ExpansionDepth(e.SelectAndExpand)).DefaultIfEmpty(0).Max() ?? 0;

    public override IQueryable ApplyQuery(IQueryable queryable, ODataQueryOptions queryOptions)
    {
        try
        {
            return base.ApplyQuery(queryable, queryOptions);
        }
        catch (TargetInvocationException exception)
            when (exception.InnerException is { } inner && ODataQueryErrors.IsQueryError(inner))
        {
            // The page is materialised through reflection: the query's fault arrives wrapped.
            throw new ODataQueryException(ODataQueryErrors.Message(inner), inner);
        }
    }

    private static IActionResult? AsODataError(IActionResult? result) =>
        result switch
        {
            BadRequestObjectResult { Value: SerializableError error } => BadRequest(
                (
                    error.TryGetValue("ExceptionMessage", out var detail) ? detail : error.GetValueOrDefault("Message")
                )?.ToString()
                    is not { } message
                    ? FeedTexts.Get("OData.NotValid")
                // The library reports what ApplyQuery threw too: a message the platform already wrote is not introduced
                // again.
                : error.GetValueOrDefault("type")?.ToString() == typeof(ODataQueryException).FullName ? message
                : ODataQueryErrors.FromLibrary(message)
            ),
            _ => result,
        };

    private static ContentResult BadRequest(string message) =>
        ODataErrorResponse.Result(StatusCodes.Status400BadRequest, ODataQueryErrors.Code, message);
}
