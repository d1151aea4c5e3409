using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Robustness.Tests.Support;

/// <summary>
/// What every operation of the OpenAPI document must say: a summary and a description, and each error status it can
/// answer as its request shows it. Each broken rule is one line naming the operation ("PUT /api/x/{id}: …").
/// </summary>
public static partial class ApiDocumentRules
{
    public static IReadOnlyList<string> Violations(JsonNode document, ISet<string> anonymous)
    {
        var violations = new List<string>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in operations!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                var operation = node!.AsObject();
                var responses = operation["responses"]?.AsObject().Select(r => r.Key).ToHashSet() ?? [];
                var parameters = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
                void Require(bool condition, string rule)
                {
                    if (!condition)
                    {
                        violations.Add($"{name}: {rule}");
                    }
                }

                Require(!string.IsNullOrWhiteSpace((string?)operation["summary"]), "no summary");
                Require(!string.IsNullOrWhiteSpace((string?)operation["description"]), "no description");
                if (!anonymous.Contains(name))
                {
                    Require(responses.Contains("401"), "needs credentials but declares no 401");
                    Require(responses.Contains("403"), "needs a role but declares no 403");
                }

                Require(
                    !path.Contains('{', StringComparison.Ordinal) || responses.Contains("404"),
                    "names a record in its route but declares no 404");
                Require(operation["requestBody"] is null || responses.Contains("400"), "reads a body, declares no 400");
                Require(
                    !parameters.Any(IsTypedQuery) || responses.Contains("400"),
                    "has a typed query parameter but declares no 400");
                Require(!parameters.Any(IsIfMatch) || responses.Contains("412"), "checks If-Match but declares no 412");
            }
        }

        return violations;
    }

    /// <summary>"GET /api/plans/{code}/years/{year}" for the pattern "/api/plans/{code}/years/{year:int}".</summary>
    public static string OperationName(string method, string pattern)
    {
        var path = RouteConstraint().Replace(pattern, "}");
        return $"{method} {(path.Length > 1 ? path.TrimEnd('/') : path)}";
    }

    /// <summary>A query value that can be of the wrong type (number, date, flag, enum): 400 when it is.</summary>
    private static bool IsTypedQuery(JsonObject parameter) =>
        (string?)parameter["in"] == "query" && parameter["schema"] is JsonObject schema
        && (schema["type"]?.ToJsonString() is not ("\"string\"" or "[\"null\",\"string\"]" or "[\"string\",\"null\"]")
            || schema["format"] is not null || schema["enum"] is not null);

    private static bool IsIfMatch(JsonObject parameter) =>
        (string?)parameter["in"] == "header"
        && string.Equals((string?)parameter["name"], "If-Match", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex RouteConstraint();
}
