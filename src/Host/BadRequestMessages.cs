using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Host;

/// <summary>
/// Says in the client's terms what the minimal-API binder refused (it speaks of C# parameter types):
/// a body that is not JSON, a JSON value of the wrong type, a missing body, a query value that does not parse.
/// </summary>
internal static partial class BadRequestMessages
{
    public static string Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return Json(json);
        }

        var message = exception.Message;
        if (message.StartsWith("Implicit body inferred", StringComparison.Ordinal)
            || (message.StartsWith("Required parameter", StringComparison.Ordinal) && message.EndsWith("from body.", StringComparison.Ordinal)))
        {
            return "This request needs a JSON body (Content-Type: application/json); none was sent.";
        }

        if (BindFailure().Match(message) is { Success: true } bind)
        {
            return $"'{bind.Groups["value"].Value}' is not a valid value for {bind.Groups["name"].Value}: {Expected(bind.Groups["type"].Value)}.";
        }

        if (RequiredFailure().Match(message) is { Success: true } required)
        {
            return $"{required.Groups["name"].Value} is required ({required.Groups["source"].Value}).";
        }

        return message;
    }

    private static string Json(JsonException json)
    {
        var where = json.Path is { Length: > 1 } path ? $"at {path}" : "in the body";
        var position = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : string.Empty;
        return json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"The JSON value {where} has the wrong type or format{position}: check its type (text, whole number, true/false, date as yyyy-MM-dd, list) against the documentation."
            : $"The request body is not valid JSON{position}; it must be one JSON object.";
    }

    private static string Expected(string type) => Unwrapped(type) switch
    {
        "int" or "long" => "a whole number",
        "bool" => "true or false",
        "DateOnly" => "a date as yyyy-MM-dd",
        "double" or "decimal" => "a number",
        var other => $"a valid {other}",
    };

    /// <summary>"int?" and "Nullable&lt;UnitLevel&gt;" name the value's type as "int" and "UnitLevel".</summary>
    private static string Unwrapped(string type) =>
        type.StartsWith("Nullable<", StringComparison.Ordinal) && type.EndsWith('>') ? type[9..^1] : type.TrimEnd('?');

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("^Required parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" was not provided from (?<source>[a-z ]+)\\.$")]
    private static partial Regex RequiredFailure();
}
