using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Plans.Contracts;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Platform.Plans.Cascade.Rules;

/// <summary>
/// Loads the rule files, validates them with RulesEngine (workflow schema) and compiles every condition and output
/// once with RulesEngine's expression parser, so a cascade of 100,000 obligations runs compiled delegates rather
/// than re-interpreting rules. Any fault stops start-up with the file, the rule and the reason.
/// </summary>
internal sealed class RulesEngineCascadeRules : ICascadeRules
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly UnitLevel[] CascadeLevels = [UnitLevel.Province, UnitLevel.District, UnitLevel.Commune];

    private readonly Dictionary<(string Kind, UnitLevel Level), CompiledRule[]> rules = [];
    private readonly List<RuleFileInfo> files = [];

    public RulesEngineCascadeRules(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new RuleFileException(folder, null, "the rules folder does not exist (set Cascade:RulesPath).");
        }

        var parser = new RuleExpressionParser(new ReSettings { CustomTypes = [typeof(Math)] });
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            Load(path, parser);
        }

        foreach (var kind in CascadeKinds.Cascaded.Where(k => files.All(f => f.Kind != k)))
        {
            throw new RuleFileException(folder, null, $"no rule file for the cascade kind '{kind}'.");
        }
    }

    public IReadOnlyList<RuleFileInfo> Files => files;

    public bool AppliesAt(string kind, UnitLevel level) => rules.ContainsKey((kind, level));

    public RuleOutcome? Evaluate(string kind, UnitLevel level, RuleInput input)
    {
        if (!rules.TryGetValue((kind, level), out var candidates))
        {
            return null;
        }

        foreach (var rule in candidates)
        {
            if (rule.Holds(input))
            {
                return new RuleOutcome(rule, rule.Compute(input));
            }
        }

        return null;
    }

    private void Load(string path, RuleExpressionParser parser)
    {
        var file = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        RuleFileDocument document;
        try
        {
            document = JsonSerializer.Deserialize<RuleFileDocument>(bytes, JsonOptions)
                ?? throw new JsonException("the file is empty.");
        }
        catch (JsonException exception)
        {
            throw new RuleFileException(file, null, $"not valid JSON: {exception.Message}");
        }

        var kind = document.WorkflowName
            ?? throw new RuleFileException(file, null, "WorkflowName (the cascade kind) is missing.");
        if (!CascadeKinds.IsCascaded(kind))
        {
            throw new RuleFileException(
                file,
                null,
                $"unknown cascade kind '{kind}'; expected one of {string.Join(", ", CascadeKinds.Cascaded)}."
            );
        }

        if (files.Any(f => f.Kind == kind))
        {
            throw new RuleFileException(
                file,
                null,
                $"the kind '{kind}' already has a rule file ({files.First(f => f.Kind == kind).File})."
            );
        }

        if (document.Rules is not { Count: > 0 })
        {
            throw new RuleFileException(file, null, "the workflow has no rules.");
        }

        ValidateWithRulesEngine(file, kind, document.Rules);
        var version = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var compiled = document.Rules.Select(r => Compile(file, kind, version, r, parser)).ToList();
        foreach (var group in compiled.GroupBy(r => r.Level))
        {
            rules[(kind, group.Key)] = [.. group];
        }

        files.Add(
            new RuleFileInfo(kind, file, version, document.Description, compiled.Select(r => r.FullName).ToList())
        );
        RunExamples(file, kind, document.Examples ?? []);
    }

    /// <summary>RulesEngine's own workflow validation (names, expression types, actions) before anything is
    /// compiled.</summary>
    private static void ValidateWithRulesEngine(string file, string kind, List<Rule> fileRules)
    {
        try
        {
            var engine = new RulesEngine.RulesEngine(
                [new Workflow { WorkflowName = kind, Rules = fileRules }],
                new ReSettings()
            );
            if (!engine.ContainsWorkflow(kind))
            {
                throw new RuleFileException(file, null, "RulesEngine did not register the workflow.");
            }
        }
        catch (Exception exception) when (exception is not RuleFileException)
        {
            throw new RuleFileException(file, null, exception.Message);
        }
    }

    private static CompiledRule Compile(
        string file,
        string kind,
        string version,
        Rule rule,
        RuleExpressionParser parser
    )
    {
        var name = string.IsNullOrWhiteSpace(rule.RuleName)
            ? throw new RuleFileException(file, null, "a rule has no RuleName.")
            : rule.RuleName;
        var levelText = RuleProperties.Get(rule, "level");
        if (!Enum.TryParse<UnitLevel>(levelText, ignoreCase: false, out var level) || !CascadeLevels.Contains(level))
        {
            throw new RuleFileException(
                file,
                name,
                $"Properties.level must be Province, District or Commune; got '{levelText}'."
            );
        }

        var method = RuleProperties.Get(rule, "method") ?? RuleMethods.Direct;
        if (!RuleMethods.All.Contains(method))
        {
            throw new RuleFileException(
                file,
                name,
                $"Properties.method must be one of {string.Join(", ", RuleMethods.All)}; got '{method}'."
            );
        }

        var rounding = RuleProperties.Get(rule, "rounding") ?? "none";
        if (rounding is not ("ceiling" or "none"))
        {
            throw new RuleFileException(
                file,
                name,
                $"Properties.rounding must be 'ceiling' or 'none'; got '{rounding}'."
            );
        }

        if (
            rule.Actions?.OnSuccess?.Name != "OutputExpression"
            || RuleProperties.Context(rule.Actions.OnSuccess, "Expression") is not { Length: > 0 } outputExpression
        )
        {
            throw new RuleFileException(
                file,
                name,
                "Actions.OnSuccess must be an OutputExpression with a Context.Expression giving the count."
            );
        }

        var parameters = new[] { RuleParameter.Create("input", typeof(RuleInput)) };
        Func<object[], bool> condition;
        Func<object[], double> output;
        try
        {
            condition = parser.Compile<bool>(rule.Expression, parameters);
        }
        catch (Exception exception)
        {
            throw new RuleFileException(
                file,
                name,
                $"the expression '{rule.Expression}' does not compile: {exception.Message}"
            );
        }

        try
        {
            output = parser.Compile<double>(outputExpression, parameters);
        }
        catch (Exception exception)
        {
            throw new RuleFileException(
                file,
                name,
                $"the output expression '{outputExpression}' does not compile: {exception.Message}"
            );
        }

        return new CompiledRule(
            kind,
            name,
            version,
            level,
            method,
            rounding,
            RuleProperties.Get(rule, "description"),
            condition,
            output
        );
    }

    private void RunExamples(string file, string kind, List<RuleExample> examples)
    {
        foreach (var example in examples)
        {
            var label = example.Name ?? "unnamed example";
            if (!Enum.TryParse<UnitLevel>(example.Level, out var level) || example.Input is null)
            {
                throw new RuleFileException(file, null, $"example '{label}' needs a Level and an Input.");
            }

            var outcome = Evaluate(kind, level, example.Input);
            var fired = outcome?.Rule.Name;
            if (
                fired != example.ExpectRule
                || (outcome is { } o && example.Expect is { } expected && Math.Abs(o.Value - expected) > 1e-9)
            )
            {
                throw new RuleFileException(
                    file,
                    fired,
                    $"example '{label}' expected rule '{example.ExpectRule ?? "none"}' = {example.Expect} but got "
                        + $"'{fired ?? "none"}' = {outcome?.Value}."
                );
            }
        }
    }
}
