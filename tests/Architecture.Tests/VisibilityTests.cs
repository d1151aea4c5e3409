using NetArchTest.Rules;

namespace Platform.Architecture.Tests;

/// <summary>Everything in a module is internal but its Contracts, its entry class and the commands the host verbs
/// send.</summary>
public sealed class VisibilityTests
{
    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void Outside_its_Contracts_a_module_is_public_only_in_its_entry_class_and_the_verb_commands(string module)
    {
        var assembly = Modules.Named(module);

        var result = ArchitectureRules.ArePublicOnlyInContracts(
            ArchitectureRules.In(assembly), Modules.Contracts(assembly), Modules.PublicOutsideContracts[assembly]);

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void The_allowed_public_types_are_public_so_the_list_does_not_go_stale()
    {
        Modules.PublicOutsideContracts.Values.SelectMany(types => types).Should().OnlyContain(t => t.IsPublic);
    }

    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void A_module_DbContext_is_internal(string module)
    {
        var result = ArchitectureRules.DbContextsAreInternal(ArchitectureRules.In(Modules.Named(module)));

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void The_Plans_DbContext_is_found_by_the_rule()
    {
        var contexts = Types
            .InAssembly(Modules.Plans)
            .That()
            .Inherit(typeof(Microsoft.EntityFrameworkCore.DbContext))
            .GetTypes();

        // The module's context and the same model on PostgreSQL (ADR 0028).
        contexts
            .Select(t => t.FullName)
            .Should()
            .Equal("Platform.Plans.Persistence.PlansDbContext", "Platform.Plans.Persistence.PlansPostgreSqlDbContext");
    }
}
