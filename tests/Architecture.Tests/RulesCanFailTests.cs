using NetArchTest.Rules;
using Platform.Architecture.Tests.Fakes;
using Platform.Architecture.Tests.Texts;

namespace Platform.Architecture.Tests;

/// <summary>The same rules run against the deliberately bad types in <c>Fakes/</c>: each must name exactly the
/// offenders.</summary>
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
    public void The_host_rule_names_a_type_that_uses_a_public_type_other_than_an_entry_point_or_a_contract()
    {
        var hostFakes = ArchitectureRules.In(
            typeof(RulesCanFailTests).Assembly, "Platform.Architecture.Tests.HostFakes");

        var result = ArchitectureRules.UseOnlyTheEntryPointsOf(hostFakes, Modules.Plans);

        result.FailingTypeNames.Should().Equal(typeof(HostFakes.VerbUsingAController).FullName);
    }

    [Fact]
    public void The_dependency_rule_sees_a_use_that_only_an_async_lambda_makes()
    {
        var lambdas = ArchitectureRules.In(
            typeof(RulesCanFailTests).Assembly, "Platform.Architecture.Tests.LambdaFakes");

        var result = ArchitectureRules.DoNotDependOn(lambdas, "Platform.Plans.OData");

        result.FailingTypeNames.Should().Equal(typeof(LambdaFakes.UsesPlansOnlyInAnAsyncLambda).FullName);
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

    [Fact]
    public void The_permission_rule_names_the_requests_without_one_and_spares_notifications()
    {
        var result = ArchitectureRules.RequestsRequireAPermission(Fakes);

        result.FailingTypeNames.Should().BeEquivalentTo(
            typeof(CommandWithoutPermission).FullName,
            typeof(PlainCommandWithoutPermission).FullName);
    }

    [Fact]
    public void The_folder_rule_names_a_ring_of_three_and_a_pair_and_spares_one_way_imports_and_shared_folders()
    {
        var circles = ArchitectureRules.FolderCircles(
            typeof(RulesCanFailTests).Assembly, FakesNamespace + ".Circles", FolderCircleTests.Shared);

        circles.Select(c => string.Join(" ⇄ ", c.Folders)).Should().Equal(
            "Cascade ⇄ Obligations ⇄ PlanBook",
            "Statistics ⇄ Units");
        circles[0].Imports.Select(i => i.ToString()).Should().Equal(
            $"Cascade → Obligations ({FakesNamespace}.Circles.Cascade.CascadeHandler)",
            $"Obligations → PlanBook ({FakesNamespace}.Circles.Obligations.ObligationRow)",
            $"PlanBook → Cascade ({FakesNamespace}.Circles.PlanBook.Generate.YearPlan)");
    }

    [Fact]
    public void The_translation_check_names_a_missing_key_an_empty_text_an_extra_key_and_a_placeholder_that_differs()
    {
        var problems = Translations.Check("Fakes/Texts.resx", UntranslatedTexts.Vietnamese, UntranslatedTexts.English);

        problems.Should().Equal(
            "Fakes/Texts.resx: 'Plan.TransitionRefused' has no English text.",
            "Fakes/Texts.resx: 'Plan.Extra' is only in English.",
            "Fakes/Texts.resx: 'Status.Draft' is empty in English.",
            "Fakes/Texts.resx: 'Plan.NotFound' uses {0} in Vietnamese but {1} in English.");
    }

    [Fact]
    public void The_translation_check_names_a_Vietnamese_file_without_an_English_one_and_passes_a_faithful_translation()
    {
        Translations
            .Check("Fakes/Texts.resx", UntranslatedTexts.Vietnamese, null)
            .Should()
            .Equal("Fakes/Texts.resx: no English translation (Fakes/Texts.en.resx) beside it.");
        Translations
            .Check("Fakes/Texts.resx", UntranslatedTexts.Vietnamese, UntranslatedTexts.GoodEnglish)
            .Should()
            .BeEmpty();
    }

    [Theory]
    [InlineData("src/Host/HostTexts.resx", false)]
    [InlineData("src/Modules/Plans/Texts/PlansTexts.en.resx", true)]
    [InlineData("src/Modules/Plans/Texts/PlansTexts.vi-VN.resx", true)]
    [InlineData("src/Modules/Plans/Texts/Plans.Texts.resx", false)]
    public void Only_files_without_a_culture_suffix_are_the_Vietnamese_defaults(string path, bool hasSuffix)
    {
        Translations.HasCultureSuffix(path).Should().Be(hasSuffix);
    }
}
