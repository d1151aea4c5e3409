using System.Data.Common;
using System.Reflection;
using Microsoft.OData;

namespace Platform.BuildingBlocks.OData;

/// <summary>Which exceptions mean "the query string is wrong" (400) rather than "the server is broken" (500).</summary>
public static class ODataQueryErrors
{
    public const string Code = "InvalidQuery";

    // NotImplementedException is in the list because the OData library throws it for query options it parses but does
    // not support (e.g. some $apply transformations): the query is at fault, so it is a 400, not a server error.
    public static bool IsQueryError(Exception exception) => Unwrap(exception) is
        ODataException or InvalidOperationException or NotSupportedException or NotImplementedException
        or ArgumentException or FormatException or OverflowException or DbException;

    public static string Message(Exception exception)
    {
        var inner = Unwrap(exception);
        return inner switch
        {
            DbException => "The database could not run this query: " + inner.Message,
            // EF Core's message quotes the whole LINQ tree, which says nothing to an analyst.
            InvalidOperationException when inner.Message.StartsWith("The LINQ expression", StringComparison.Ordinal) =>
                "The database cannot run this query: it uses a function or comparison that is not supported here (e.g. now(), matchesPattern).",
            InvalidOperationException when inner.Message.Contains("APPLY operation", StringComparison.Ordinal) =>
                "The database cannot run this query: aggregating over a navigation collection is not supported; aggregate the related set itself.",
            _ => inner.Message,
        };
    }

    private static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException or AggregateException && exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
