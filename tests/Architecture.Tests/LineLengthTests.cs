using Platform.Architecture.Tests.Style;
using Platform.Architecture.Tests.Texts;

namespace Platform.Architecture.Tests;

/// <summary>
/// No line of a C# file under src/, bench/ or tests/ is longer than 120 characters (generated code and a test's
/// declaration apart); a failure names each file and line.
/// </summary>
public sealed class LineLengthTests
{
    [Theory]
    [InlineData("src")]
    [InlineData("bench")]
    [InlineData("tests")]
    public void No_source_line_is_longer_than_120_characters(string folder)
    {
        var files = LineLength.SourceFiles(RepositoryFiles.Root, folder);

        var offenders = files.SelectMany(
            path => LineLength.Offenders(path, File.ReadAllText(Path.Combine(RepositoryFiles.Root, path))));

        files.Should().NotBeEmpty();
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void The_rule_names_the_file_and_line_of_a_line_of_121_characters_and_spares_one_of_120()
    {
        var text = new string('a', 120) + "\r\n" + "namespace X;\n" + new string('đ', 121) + "\n";

        LineLength.Offenders("src/X/Y.cs", text).Should().Equal("src/X/Y.cs:3: 121 characters");
    }

    [Fact]
    public void A_tests_declaration_is_spared_and_any_other_long_line_of_a_test_file_is_not()
    {
        var name = "    public async Task " + new string('A', 100) + "()";
        var call = "        var x = " + new string('b', 110) + ";";

        LineLength.Offenders("tests/X/Y.cs", name + "\n" + call).Should().Equal("tests/X/Y.cs:2: 127 characters");
    }

    [Fact]
    public void Migrations_designer_files_and_build_output_are_not_checked()
    {
        var files = LineLength.SourceFiles(RepositoryFiles.Root, "src");

        files.Should().Contain("src/Host/Program.cs");
        files.Should().NotContain(path =>
            path.Contains("/Migrations/") || path.Contains("/obj/") || path.EndsWith(".Designer.cs"));
    }
}
