namespace Platform.Architecture.Tests.Texts;

/// <summary>The repository the tests were built from: the folder above the test binaries that holds
/// Platform.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName
                ?? throw new InvalidOperationException("Platform.sln not found above the test binaries.");
        }
    }

    /// <summary>Every default-language .resx under src/ (no culture suffix), as paths relative to the
    /// repository.</summary>
    public static IReadOnlyList<string> DefaultResources() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(path => !Translations.HasCultureSuffix(path))
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
