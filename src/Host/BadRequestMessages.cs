using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Platform.Host;

/// <summary>
/// Says in the client's terms what the minimal-API binder refused (it speaks of C# parameter types):
/// a body that is not JSON, a JSON value of the wrong type, a missing body, a query value that does not parse; in the
/// request's language (HostTexts).
/// </summary>
internal static partial class BadRequestMessages
{
    public static string Describe(BadHttpRequestException exception, IStringLocalizer<HostTexts> texts)
    {
        if (exception.InnerException is JsonException json)
        {
            return Json(json, texts);
        }

        var message = exception.Message;
        if (
            message.StartsWith("Implicit body inferred", StringComparison.Ordinal)
            || (
                message.StartsWith("Required parameter", StringComparison.Ordinal)
                && message.EndsWith("from body.", StringComparison.Ordinal)
            )
        )
        {
            return texts["BadRequest.BodyMissing"];
        }

        if (BindFailure().Match(message) is { Success: true } bind)
        {
            return texts[
                "BadRequest.BadValue",
                bind.Groups["value"].Value,
                bind.Groups["name"].Value,
                Expected(bind.Groups["type"].Value, texts)
            ];
        }

        if (RequiredFailure().Match(message) is { Success: true } required)
        {
            return texts[
                "BadRequest.Required",
                required.Groups["name"].Value,
                Source(required.Groups["source"].Value, texts)
            ];
        }

        return message;
    }

    private static string Json(JsonException json, IStringLocalizer<HostTexts> texts)
    {
        var path = json.Path is { Length: > 1 } p ? p : null;
        var at = json.LineNumber is { } number
            ? (Line: number + 1, Position: (json.BytePositionInLine ?? 0) + 1)
            : ((long Line, long Position)?)null;
        if (!json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return at is { } where
                ? texts["BadRequest.NotJsonLine", where.Line, where.Position]
                : texts["BadRequest.NotJson"];
        }

        return (path, at) switch
        {
            (null, null) => texts["BadRequest.JsonWrongType"],
            (null, { } where) => texts["BadRequest.JsonWrongTypeLine", where.Line, where.Position],
            ({ } value, null) => texts["BadRequest.JsonWrongTypeAt", value],
            ({ } value, { } where) => texts["BadRequest.JsonWrongTypeAtLine", value, where.Line, where.Position],
        };
    }

    private static string Expected(string type, IStringLocalizer<HostTexts> texts) => Unwrapped(type) switch
    {
        "int" or "long" => texts["BadRequest.Expected.Whole"],
        "bool" => texts["BadRequest.Expected.Bool"],
        "DateOnly" => texts["BadRequest.Expected.Date"],
        "double" or "decimal" => texts["BadRequest.Expected.Number"],
        var other => texts["BadRequest.Expected.Other", other],
    };

    /// <summary>Where the binder looked ("query string", "route", "header"), in the request's language.</summary>
    private static string Source(string source, IStringLocalizer<HostTexts> texts) => source switch
    {
        "query string" => texts["BadRequest.Source.Query"],
        "route" => texts["BadRequest.Source.Route"],
        "header" => texts["BadRequest.Source.Header"],
        _ => source,
    };

    /// <summary>"int?" and "Nullable&lt;UnitLevel&gt;" name the value's type as "int" and "UnitLevel".</summary>
    private static string Unwrapped(string type) =>
        type.StartsWith("Nullable<", StringComparison.Ordinal) && type.EndsWith('>') ? type[9..^1] : type.TrimEnd('?');

    [GeneratedRegex(
        "^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.$",
        RegexOptions.Singleline
    )]
    private static partial Regex BindFailure();

    [GeneratedRegex(
        "^Required parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" was not provided from (?<source>[a-z ]+)\\.$"
    )]
    private static partial Regex RequiredFailure();
}
