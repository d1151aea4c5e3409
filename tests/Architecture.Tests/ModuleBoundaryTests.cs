using NetArchTest.Rules;

namespace Platform.Architecture.Tests;

/// <summary>Modules talk through MediatR and each other's Contracts only; nothing leans on the host.</summary>
public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(Modules.EachPair), MemberType = typeof(Modules))]
    public void A_module_uses_only_the_Contracts_of_another_module(string user, string used)
    {
        var result = ArchitectureRules.UseOnlyTheContractsOf(ArchitectureRules.In(Modules.Named(user)), Modules.Named(used));

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

    [Fact]
    public void BuildingBlocks_depend_on_no_module_and_not_on_the_host()
    {
        var result = ArchitectureRules.DoNotDependOn(
            ArchitectureRules.In(Modules.BuildingBlocks), "Platform.Host", "Platform.Plans", "Platform.Training", "Platform.Monitoring", "Platform.Access", "Platform.Audit");

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
        var named = Modules.All.SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Command", StringComparison.Ordinal) && typeof(MediatR.IBaseRequest).IsAssignableFrom(t))
            .ToList();

        named.Should().HaveCountGreaterThan(25);
        named.Where(t => !readOnly.Contains(t.Name)).Should().OnlyContain(
            t => typeof(BuildingBlocks.Mediation.ICommand).IsAssignableFrom(t), "a command that writes must run in the scope's one transaction (ADR 0022)");
        named.Where(t => readOnly.Contains(t.Name)).Should().OnlyContain(t => !typeof(BuildingBlocks.Mediation.ICommand).IsAssignableFrom(t));
    }
}
