using Platform.Plans.Cascade.Rules;
using Platform.Plans.Contracts;
using Platform.TestKit;

namespace Platform.Plans.Tests.Cascade;

/// <summary>Each rule file's own suite (its Examples) and the start-up checks that refuse a broken file.</summary>
public sealed class RuleFileTests
{
    private static string RulesFolder => Path.Combine(SharedData.RepositoryRoot, "rules");

    public static TheoryData<string> RuleFiles() =>
        [
            .. Directory
                .GetFiles(Path.Combine(SharedData.RepositoryRoot, "rules"), "*.json")
                .Select(f => Path.GetFileName(f)),
        ];

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Every_rule_file_loads_and_passes_its_own_examples(string file)
    {
        var rules = new RulesEngineCascadeRules(RulesFolder);

        var info = rules.Files.Single(f => f.File == file);
        info.Version.Should().MatchRegex("^[0-9a-f]{12}$");
        info.Rules.Should().NotBeEmpty();
        System
            .Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RulesFolder, file)))
            .RootElement.GetProperty("Examples")
            .GetArrayLength()
            .Should()
            .BeGreaterThan(0);
    }

    [Fact]
    public void Every_cascaded_kind_has_exactly_one_rule_file()
    {
        new RulesEngineCascadeRules(RulesFolder)
            .Files.Select(f => f.Kind)
            .Should()
            .BeEquivalentTo(CascadeKinds.Cascaded);
    }

    [Theory]
    [InlineData(
        "percent-of-denominator.json",
        "input.Value * input.Denominator / 100",
        "input.Value * input.NoSuchField",
        "province-own-denominator",
        "does not compile"
    )]
    [InlineData(
        "quota-per-unit.json",
        "\"WorkflowName\": \"quota-per-unit\"",
        "\"WorkflowName\": \"quota-per-galaxy\"",
        null,
        "unknown cascade kind 'quota-per-galaxy'"
    )]
    [InlineData("class-quota.json", "\"Rules\": [", "\"Rules\": [[", null, "not valid JSON")]
    [InlineData(
        "class-quota.json",
        "ceil(trainees / 50)",
        "ceil(trainees / 50)",
        "province-classes-for-trainees",
        "expected rule"
    )]
    public void A_broken_rule_file_stops_loading_with_file_rule_and_reason(
        string file,
        string find,
        string replace,
        string? rule,
        string reason
    )
    {
        var folder = CopyRules();
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path).Replace(find, replace, StringComparison.Ordinal);
        if (reason == "expected rule")
        {
            text = text.Replace(
                "Math.Ceiling(input.Trainees / 50.0)",
                "Math.Ceiling(input.Trainees / 40.0)",
                StringComparison.Ordinal
            );
        }

        File.WriteAllText(path, text);

        var load = () => new RulesEngineCascadeRules(folder);

        var error = load.Should().Throw<RuleFileException>().Which;
        error.File.Should().Be(file);
        error.Rule.Should().Be(rule);
        error.Message.Should().Contain(reason);
    }

    [Fact]
    public void Start_up_refuses_a_broken_rule_file()
    {
        var folder = CopyRules();
        var path = Path.Combine(folder, "quota-per-organisation.json");
        File.WriteAllText(
            path,
            File.ReadAllText(path).Replace("input.HasDenominator", "input.HasDenominator &&", StringComparison.Ordinal)
        );
        using var factory = new RulesFactory(folder);

        var start = () => factory.CreateClient();

        start
            .Should()
            .Throw<RuleFileException>()
            .WithMessage("*quota-per-organisation.json*province-per-mass-organisation*does not compile*");
    }

    private static string CopyRules()
    {
        var folder = Path.Combine(Path.GetTempPath(), "platform-rules", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RulesFolder, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private sealed class RulesFactory(string rulesFolder) : PlatformFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cascade:RulesPath", rulesFolder);
        }
    }
}
