using NetArchTest.Rules;
using Platform.Architecture.Tests.Fakes;

namespace Platform.Architecture.Tests;

/// <summary>The same rules run against the deliberately bad types in <c>Fakes/</c>: each must name exactly the offenders.</summary>
public sealed class RulesCanFailTests
{
    private const string FakesNamespace = "Platform.Architecture.Tests.Fakes";

    private static PredicateList Fakes => ArchitectureRules.In(typeof(RulesCanFailTests).Assembly, FakesNamespace);

    [Fact]
    public void The_boundary_rule_names_a_type_that_uses_Plans_internals_and_spares_one_that_uses_its_Contracts()
    {
        var result = ArchitectureRules.UseOnlyTheContractsOf(Fakes, Modules.Plans);

        result.IsSuccessful.Should().BeFalse();
        result.FailingTypeNames.Should().Equal(typeof(HandlerUsingPlansInternals).FullName);
    }

    [Fact]
    public void The_dependency_rule_names_a_type_that_uses_a_forbidden_namespace()
    {
        var result = ArchitectureRules.DoNotDependOn(Fakes, "Platform.Plans.Units");

        result.FailingTypeNames.Should().Equal(typeof(HandlerUsingPlansInternals).FullName);
    }

    [Fact]
    public void The_visibility_rule_names_a_public_type_outside_Contracts_that_is_not_on_the_allowed_list()
    {
        var result = ArchitectureRules.ArePublicOnlyInContracts(
            Fakes, FakesNamespace + ".Contracts", [typeof(FakeModule)]);

        result.FailingTypeNames.Should().BeEquivalentTo(
            typeof(HandlerUsingPlansInternals).FullName,
            typeof(HandlerUsingPlansContracts).FullName,
            typeof(LeakedPublicType).FullName,
            typeof(FakeDbContext).FullName);
    }

    [Fact]
    public void The_DbContext_rule_names_a_public_DbContext()
    {
        var result = ArchitectureRules.DbContextsAreInternal(Fakes);

        result.FailingTypeNames.Should().Equal(typeof(FakeDbContext).FullName);
    }
}
