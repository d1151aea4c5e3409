using System.Text.Json;

namespace Platform.Rules.Tests;

/// <summary>
/// While the RulesEngine files in rules/*.json still drive the cascade, the NRules rule set says the same: the same
/// kinds, the same rule names, and every example with the same name, level, inputs and expected rule and number.
/// </summary>
public sealed class RuleFilesTests
{
    public static TheoryData<string> Files() => [.. RuleSet.Kinds.Select(k => k.Kind)];

    [Theory]
    [MemberData(nameof(Files))]
    public void The_kind_has_the_rules_and_the_worked_examples_of_its_json_file(string kind)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root(), "rules", kind + ".json")));
        var file = json.RootElement;
        var info = RuleSet.Kinds.Single(k => k.Kind == kind);

        RuleSet.Rules.Where(r => r.Kind == kind).Select(r => r.Name).Should().BeEquivalentTo(
            file.GetProperty("Rules").EnumerateArray().Select(r => $"{kind}/{r.GetProperty("RuleName").GetString()}"));
        info.Examples.Select(Line).Should().Equal(file.GetProperty("Examples").EnumerateArray().Select(Line));
    }

    [Fact]
    public void Every_rule_is_described_in_Vietnamese_and_English_and_carries_its_kinds_version()
    {
        RuleSet.Rules.Should().HaveCount(13, "the 13 rules of the seven files");
        RuleSet.Rules.Should().AllSatisfy(r =>
        {
            r.DescriptionVi.Should().NotBeNullOrWhiteSpace();
            r.DescriptionEn.Should().NotBeNullOrWhiteSpace();
            r.Version.Should().MatchRegex("^[0-9a-f]{12}$").And.Be(RuleSet.VersionOf(r.Kind));
        });
        RuleSet.Version.Should().MatchRegex("^[0-9a-f]{12}$");
    }

    private static string Line(WorkedExample e) =>
        $"{e.Name} | {e.Level} | value {e.Input.Value} | denominator {e.Input.Denominator} | subordinates "
        + $"{e.Input.Subordinates} | trainees {e.Input.Trainees} | covered {e.Input.Covered} | remainder "
        + $"{e.Input.Remainder} | {e.ExpectRule ?? "none"} | {e.Expect}";

    private static string Line(JsonElement e)
    {
        var input = e.GetProperty("Input");
        string Figure(string name, string has) =>
            input.TryGetProperty(has, out var h) && !h.GetBoolean() ? "" : Number(input, name);
        var rule = e.GetProperty("ExpectRule");
        var none = rule.ValueKind == JsonValueKind.Null;
        return $"{e.GetProperty("Name").GetString()} | {e.GetProperty("Level").GetString()} | value "
            + $"{Number(input, "Value")} | denominator {Figure("Denominator", "HasDenominator")} | subordinates "
            + $"{(Number(input, "Subordinates") is { Length: > 0 } s ? s : "0")} | trainees "
            + $"{Figure("Trainees", "HasTrainees")} | covered {Figure("Covered", "HasCovered")} | remainder "
            + $"{Figure("Remainder", "HasParentCount")} | {(none ? "none" : rule.GetString())} | "
            + $"{(none ? "" : Number(e, "Expect"))}";
    }

    private static string Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v)
            ? v.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "";

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "Platform.sln")))
        {
            folder = folder.Parent;
        }

        return folder.FullName;
    }
}
