using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Platform.Architecture.Tests;

/// <summary>Modules talk through MediatR and each other's Contracts only; nothing leans on the host.</summary>
public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(Modules.EachPair), MemberType = typeof(Modules))]
    public void A_module_uses_only_the_Contracts_of_another_module(string user, string used)
    {
        var result = ArchitectureRules.UseOnlyTheContractsOf(
            ArchitectureRules.In(Modules.Named(user)),
            Modules.Named(used)
        );

        result.FailingTypeNames.Should().BeNullOrEmpty($"{user} may use only {used}.Contracts");
    }

    [Fact]
    public void Training_and_Monitoring_do_not_depend_on_Plans_beyond_its_Contracts()
    {
        foreach (var module in new[] { Modules.Training, Modules.Monitoring })
        {
            ArchitectureRules.UseOnlyTheContractsOf(ArchitectureRules.In(module), Modules.Plans).IsSuccessful
                .Should().BeTrue($"{Modules.Name(module)} may use only Platform.Plans.Contracts");
        }
    }

    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void A_module_does_not_depend_on_the_host(string module)
    {
        var result = ArchitectureRules.DoNotDependOn(ArchitectureRules.In(Modules.Named(module)), "Platform.Host");

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules.EachShared), MemberType = typeof(Modules))]
    public void A_shared_project_depends_on_no_module_and_not_on_the_host(string shared)
    {
        var result = ArchitectureRules.DoNotDependOn(
            ArchitectureRules.In(Modules.SharedNamed(shared)),
            "Platform.Host",
            "Platform.Plans",
            "Platform.Training",
            "Platform.Monitoring",
            "Platform.Access",
            "Platform.Audit",
            "Platform.Web"
        );

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    /// <summary>
    /// The kernel knows none of the parts built on it; the audit trail knows neither files nor the feed; the feed and
    /// the files know each other not (ADR 0025).
    /// </summary>
    [Theory]
    [InlineData("Platform.BuildingBlocks", "Platform.Auditing")]
    [InlineData("Platform.BuildingBlocks", "Platform.Documents")]
    [InlineData("Platform.BuildingBlocks", "Platform.Feed")]
    [InlineData("Platform.Auditing", "Platform.Documents")]
    [InlineData("Platform.Auditing", "Platform.Feed")]
    [InlineData("Platform.Feed", "Platform.Documents")]
    [InlineData("Platform.Feed", "Platform.Auditing")]
    [InlineData("Platform.Documents", "Platform.Feed")]
    public void A_shared_project_does_not_depend_on_one_built_beside_or_above_it(string user, string used)
    {
        var result = ArchitectureRules.DoNotDependOn(ArchitectureRules.In(Modules.SharedNamed(user)), used + ".");

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    /// <summary>
    /// The host composes the modules: it may name their Contracts, their entry classes and the commands its
    /// command-line verbs send, nothing else of them (no InternalsVisibleTo, and of what is public for other reasons,
    /// such as the OData controllers MVC finds, the host names nothing).
    /// </summary>
    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    [InlineData("Platform.Web")]
    public void The_host_uses_only_a_modules_entry_class_its_verb_commands_and_its_Contracts(string module)
    {
        var assembly = module == Modules.Name(Modules.Web) ? Modules.Web : Modules.Named(module);

        var result = ArchitectureRules.UseOnlyTheEntryPointsOf(ArchitectureRules.In(Modules.Host), assembly);

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }
}

/// <summary>
/// Which module may depend on which (issue 15): Plans on no other module; Training and Monitoring on Plans' Contracts;
/// Monitoring on Training's Contracts; Access on Plans' Contracts (a scope names a unit). Any other pair is a new
/// coupling and must be argued here first.
/// </summary>
public sealed class ModuleDependencyTests
{
    private static readonly HashSet<(string User, string Used)> Allowed =
    [
        (Modules.Name(Modules.Training), Modules.Name(Modules.Plans)),
        (Modules.Name(Modules.Monitoring), Modules.Name(Modules.Plans)),
        (Modules.Name(Modules.Monitoring), Modules.Name(Modules.Training)),
        (Modules.Name(Modules.Access), Modules.Name(Modules.Plans)),
    ];

    [Theory]
    [MemberData(nameof(Modules.EachPair), MemberType = typeof(Modules))]
    public void A_module_depends_only_on_the_modules_it_is_allowed_to(string user, string used)
    {
        var result = ArchitectureRules.DoNotDependOn(ArchitectureRules.In(Modules.Named(user)), used);
        var depends = !result.IsSuccessful;

        depends.Should().Be(Allowed.Contains((user, used)), depends
            ? $"{user} may not depend on {used} ({string.Join(", ", result.FailingTypeNames ?? [])})"
            : $"{user} is allowed to depend on {used} but no longer does: take the pair out of the list");
    }

    [Fact]
    public void Every_request_that_writes_is_a_command_and_runs_in_the_scopes_transaction()
    {
        // Requests named "…Command" that write nothing: sign-in reads a key; the documents archive writes a zip stream.
        string[] readOnly = ["SignInCommand", "WritePlanDocumentsCommand"];
        var named = Modules
            .All.SelectMany(a => a.GetTypes())
            .Where(t =>
                t.Name.EndsWith("Command", StringComparison.Ordinal) && typeof(MediatR.IBaseRequest).IsAssignableFrom(t)
            )
            .ToList();

        named.Should().HaveCountGreaterThan(25);
        named
            .Where(t => !readOnly.Contains(t.Name))
            .Should()
            .OnlyContain(
                t => typeof(BuildingBlocks.Mediation.ICommand).IsAssignableFrom(t),
                "a command that writes must run in the scope's one transaction (ADR 0022)"
            );
        named
            .Where(t => readOnly.Contains(t.Name))
            .Should()
            .OnlyContain(t => !typeof(BuildingBlocks.Mediation.ICommand).IsAssignableFrom(t));
    }
}

/// <summary>A module's tables and views are named only in its <c>Persistence/</c> folder (configurations, migrations,
/// writers).</summary>
public sealed class TableNameTests
{
    private static readonly Regex Declared = new(
        @"(?:ToTable|ToView)\(\s*""(?<name>\w+)""|CREATE VIEW (?:IF NOT EXISTS )?(?:\w+\.)?(?<name>\w+)"
            + @"|const string \w+ = "
            + """(?<name>(?:plans|training|monitoring|access|audit)_\w+)""",
        RegexOptions.Compiled);

    [Fact]
    public void No_file_outside_a_modules_Persistence_folder_names_its_tables_in_code()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Platform.sln")))
        {
            root = root.Parent;
        }

        var modules = Path.Combine(root!.FullName, "src", "Modules");
        var sources = Directory
            .EnumerateFiles(modules, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains(
                    $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
            )
            .ToList();
        static bool InPersistence(string file) =>
            file.Contains(
                $"{Path.DirectorySeparatorChar}Persistence{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal
            );
        var names = sources
            .Where(InPersistence)
            .SelectMany(f => Declared.Matches(File.ReadAllText(f)).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);

        names
            .Should()
            .Contain(["plans_obligations", "training_people", "monitoring_obligations", "plans_v_obligations"]);
        var offenders = (
            from file in sources.Where(f => !InPersistence(f))
            from line in File.ReadLines(file)
                .Select(l => l.Trim())
                .Where(l => !l.StartsWith("//", StringComparison.Ordinal))
            from name in names
            where Regex.IsMatch(line, $@"""[^""]*\b{name}\b")
            select $"{Path.GetRelativePath(modules, file)}: {name}").Distinct().ToList();

        offenders
            .Should()
            .BeEmpty("a table is named by its module's Persistence/ only; elsewhere read it through the EF model");
    }
}
