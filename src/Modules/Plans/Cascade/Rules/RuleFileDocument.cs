using System.Text.Json;
using RulesEngine.Models;

namespace Platform.Plans.Cascade.Rules;

/// <summary>
/// A file in rules/: a RulesEngine workflow named after its cascade kind, plus worked examples that are its own
/// test suite (run at start-up and by the tests).
/// </summary>
internal sealed class RuleFileDocument
{
    public string? WorkflowName { get; set; }

    public string? Description { get; set; }

    public List<Rule>? Rules { get; set; }

    public List<RuleExample>? Examples { get; set; }
}

internal sealed class RuleExample
{
    public string? Name { get; set; }

    public string? Level { get; set; }

    public RuleInput? Input { get; set; }

    /// <summary>The rule expected to fire, or null when no rule should (missing data).</summary>
    public string? ExpectRule { get; set; }

    public double? Expect { get; set; }
}

internal sealed class RuleFileException(string file, string? rule, string reason)
    : Exception($"Rule file '{file}'{(rule is null ? string.Empty : $", rule '{rule}'")}: {reason}")
{
    public string File => file;

    public string? Rule => rule;

    public string Reason => reason;
}

internal static class RuleProperties
{
    public static string? Get(Rule rule, string name) =>
        rule.Properties is not null && rule.Properties.TryGetValue(name, out var value) && value is not null
            ? value is JsonElement element ? element.ToString() : value.ToString()
            : null;

    public static string? Context(ActionInfo? action, string name) =>
        action?.Context is not null && action.Context.TryGetValue(name, out var value) && value is not null
            ? value is JsonElement element ? element.ToString() : value.ToString()
            : null;
}
