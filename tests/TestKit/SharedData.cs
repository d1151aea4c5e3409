namespace Platform.TestKit;

/// <summary>
/// The reference data in ../shared/data beside the repository (never copied into it), or in the folder named by
/// <see cref="FolderVariable"/> for a clone that is not beside <c>shared/</c>.
/// </summary>
public static class SharedData
{
    /// <summary>The environment variable naming the folder that holds units-2025.csv, if not ../shared/data.</summary>
    public const string FolderVariable = "PLATFORM_SHARED_DATA";

    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string UnitsCsvPath => Path.Combine(Folder, "units-2025.csv");

    public static byte[] UnitsCsv() =>
        File.Exists(UnitsCsvPath)
            ? File.ReadAllBytes(UnitsCsvPath)
            : throw new FileNotFoundException(
                $"The national register is not at {UnitsCsvPath}. Put the shared/ folder beside the repository, or set {FolderVariable} to the folder that holds units-2025.csv.",
                UnitsCsvPath);

    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test binaries.");
        }
    }
}
