using System.Reflection;
using Microsoft.OData;
using Platform.BuildingBlocks.Texts;

namespace Platform.Feed;

/// <summary>
/// Which exceptions mean "the query string is wrong" (400) rather than "the server is broken" (500). The query runs in
/// memory over the feed's rows (ADR 0024); a database error while reading them is the server's, never the query's.
/// </summary>
public static class ODataQueryErrors
{
    public const string Code = "InvalidQuery";

    // ArithmeticException covers overflow and division by zero (div 0, mod 0 over the computed sets, filtered in
    // memory).
    // NotImplementedException is in the list because the OData library throws it for query options it parses but does
    // not support (e.g. some $apply transformations): the query is at fault, so it is a 400, not a server error.
    public static bool IsQueryError(Exception exception) => Unwrap(exception) is
        ODataException or InvalidOperationException or NotSupportedException or NotImplementedException
        or ArgumentException or FormatException or ArithmeticException;

    /// <summary>What the analyst reads, in the current UI language: the library's own wording only where it has nothing
    /// better.</summary>
    public static string Message(Exception exception)
    {
        var inner = Unwrap(exception);
        return inner switch
        {
            // The library may wrap what the platform threw: a message already written for people is shown as it is.
            _ when Written(inner) is { } written => written.Message,
            // Every set is filtered in memory, where "div 0" throws as C# does.
            DivideByZeroException => FeedTexts.Get("OData.DivideByZero"),
            _ => FromLibrary(inner.Message),
        };
    }

    /// <summary>
    /// A message of the OData library or the database (English only, and it names the query's own words) introduced in
    /// the current UI language; in English it is the message itself.
    /// </summary>
    public static string FromLibrary(string message) =>
        // The library's refusal of matchesPattern tells how to allow it on the server: the analyst reads what to do
        // instead.
        message.StartsWith("Function '", StringComparison.Ordinal)
        && message.Contains("is not allowed", StringComparison.Ordinal)
            ? FeedTexts.Get("OData.UnsupportedFunction")
            : FeedTexts.Get("OData.Library", message);

    private static ODataQueryException? Written(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ODataQueryException written)
            {
                return written;
            }
        }

        return null;
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

/// <summary>A query error whose message is already written for people, in their language: shown as it is, never
/// introduced again.</summary>
public sealed class ODataQueryException(string message, Exception? innerException = null)
    : ODataException(message, innerException);
