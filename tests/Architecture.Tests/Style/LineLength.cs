namespace Platform.Architecture.Tests.Style;

/// <summary>
/// Source lines are at most <see cref="Limit"/> characters (characters, not UTF-8 bytes: Vietnamese text counts once
/// per letter). EF Core's migrations and <c>*.Designer.cs</c> are generated and not held to it. A test's declaration
/// is: its name is the sentence it proves, and the test runner shows it whole.
/// </summary>
internal static partial class LineLength
{
    public const int Limit = 120;

    /// <summary>The C# files under <paramref name="folder"/> of the repository, without obj/, bin/ and generated
    /// code.</summary>
    public static IReadOnlyList<string> SourceFiles(string root, string folder) =>
        Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !IsExcluded(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>"path:line: N characters" for each line of <paramref name="text"/> longer than the limit.</summary>
    public static IEnumerable<string> Offenders(string path, string text) =>
        text.Split('\n')
            .Select((line, index) => (Text: line.TrimEnd('\r'), Number: index + 1))
            .Where(line => line.Text.Length > Limit && !TestDeclaration().IsMatch(line.Text))
            .Select(line => $"{path}:{line.Number}: {line.Text.Length} characters");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*public (async Task|void) [A-Za-z0-9_]+\(")]
    private static partial System.Text.RegularExpressions.Regex TestDeclaration();

    private static bool IsExcluded(string path)
    {
        var segments = path.Split('/');
        return segments.Contains("obj") || segments.Contains("bin") || segments.Contains("Migrations")
            || path.EndsWith(".Designer.cs", StringComparison.Ordinal)
            || path.EndsWith(".g.cs", StringComparison.Ordinal);
    }
}
