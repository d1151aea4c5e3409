using Platform.Architecture.Tests.Texts;

namespace Platform.Architecture.Tests;

/// <summary>
/// Texts for people are Vietnamese by default and English on <c>Accept-Language: en</c>: every Vietnamese resource file
/// under src/ has an English one beside it with the same keys, no empty text, and the same placeholders in each text.
/// </summary>
public sealed class TranslationTests
{
    public static TheoryData<string> Resources() => [.. RepositoryFiles.DefaultResources()];

    [Fact]
    public void The_resources_of_the_host_and_of_Plans_are_found()
    {
        RepositoryFiles
            .DefaultResources()
            .Should()
            .Contain(["src/Host/HostTexts.resx", "src/Modules/Plans/Texts/PlansTexts.resx"]);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void A_Vietnamese_resource_file_has_a_complete_English_translation_with_the_same_placeholders(
        string resource
    )
    {
        var english = Path.Combine(RepositoryFiles.Root, Translations.EnglishName(resource));

        var problems = Translations.Check(
            resource,
            File.ReadAllText(Path.Combine(RepositoryFiles.Root, resource)),
            File.Exists(english) ? File.ReadAllText(english) : null
        );

        problems.Should().BeEmpty();
    }
}
