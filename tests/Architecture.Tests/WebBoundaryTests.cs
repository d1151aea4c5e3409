namespace Platform.Architecture.Tests;

/// <summary>
/// The web interface is a module of its own that sends the other modules' requests: it may use their Contracts only,
/// and no module (nor the shared core) leans on it.
/// </summary>
public sealed class WebBoundaryTests
{
    private static readonly System.Reflection.Assembly Web = typeof(Web.WebModule).Assembly;

    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void The_web_interface_uses_only_the_Contracts_of_a_module(string module)
    {
        var result = ArchitectureRules.UseOnlyTheContractsOf(ArchitectureRules.In(Web), Modules.Named(module));

        result.FailingTypeNames.Should().BeNullOrEmpty($"the web interface may use only {module}.Contracts");
    }

    [Fact]
    public void No_module_depends_on_the_web_interface()
    {
        foreach (var module in Modules.All.Append(Modules.BuildingBlocks))
        {
            ArchitectureRules.DoNotDependOn(ArchitectureRules.In(module), "Platform.Web").FailingTypeNames
                .Should().BeNullOrEmpty($"{Modules.Name(module)} must not know the web interface");
        }
    }

    [Fact]
    public void The_web_interface_does_not_depend_on_the_host()
    {
        ArchitectureRules
            .DoNotDependOn(ArchitectureRules.In(Web), "Platform.Host")
            .FailingTypeNames.Should()
            .BeNullOrEmpty();
    }
}
