using Platform.Plans.Contracts;

namespace Platform.Plans.Cascade.Rules;

/// <summary>
/// The cascade's only view of the rules engine. RulesEngine implements it today; an NRules implementation would
/// replace <see cref="RulesEngineCascadeRules"/> and nothing else.
/// </summary>
internal interface ICascadeRules
{
    IReadOnlyList<RuleFileInfo> Files { get; }

    /// <summary>True when the kind's file has rules for <paramref name="level"/> at all.</summary>
    bool AppliesAt(string kind, UnitLevel level);

    /// <summary>The first rule of the kind and level whose condition holds, with its output; <c>null</c> when none
    /// holds (missing data).</summary>
    RuleOutcome? Evaluate(string kind, UnitLevel level, RuleInput input);
}

internal sealed record RuleFileInfo(
    string Kind,
    string File,
    string Version,
    string? Description,
    IReadOnlyList<string> Rules
);

/// <summary>The rule that fired and what it computed (already rounded as the rule says).</summary>
internal readonly record struct RuleOutcome(CompiledRule Rule, double Value);

/// <summary>Methods a rule can ask the cascade to apply to its output across sibling units.</summary>
internal static class RuleMethods
{
    public const string Direct = "direct";
    public const string LargestRemainder = "largest-remainder";
    public const string Rotation = "rotation";

    public static readonly string[] All = [Direct, LargestRemainder, Rotation];
}

internal sealed class CompiledRule(
    string kind, string name, string version, UnitLevel level, string method, string rounding, string? description,
    Func<object[], bool> condition, Func<object[], double> output)
{
    public string Kind => kind;

    /// <summary>"kind/rule", as stored on obligations.</summary>
    public string FullName { get; } = $"{kind}/{name}";

    public string Name => name;

    public string Version => version;

    public UnitLevel Level => level;

    public string Method => method;

    public string? Description => description;

    // One argument array per thread: a cascade evaluates about 200,000 rules and they run synchronously.
    [ThreadStatic]
    private static object[]? arguments;

    public bool Holds(RuleInput input) => condition(Arguments(input));

    public double Compute(RuleInput input)
    {
        var raw = output(Arguments(input));
        return rounding == "ceiling" ? Math.Ceiling(Math.Round(raw, 9)) : raw;
    }

    private static object[] Arguments(RuleInput input)
    {
        var args = arguments ??= new object[1];
        args[0] = input;
        return args;
    }
}
