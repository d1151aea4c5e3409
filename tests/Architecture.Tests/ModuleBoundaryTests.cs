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
            ArchitectureRules.In(Modules.BuildingBlocks), "Platform.Host", "Platform.Plans", "Platform.Training", "Platform.Monitoring", "Platform.Access");

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }
}
