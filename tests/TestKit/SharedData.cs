namespace Platform.TestKit;

/// <summary>The reference data in ../shared/data beside the repository (never copied into it).</summary>
public static class SharedData
{
    public static string UnitsCsvPath => Path.Combine(RepositoryRoot, "..", "shared", "data", "units-2025.csv");

    public static byte[] UnitsCsv() => File.ReadAllBytes(UnitsCsvPath);

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
