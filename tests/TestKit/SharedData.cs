using Platform.Plans.Units.Register;

namespace Platform.TestKit;

/// <summary>
/// The official lists the platform ships (registers/ at the repository root, embedded in the Plans assembly): tests
/// read them from the assembly, so a clone with nothing beside it runs the suite. A fresh test database already holds
/// them.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Extracted = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "platform-tests", "registers-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, EmbeddedRegister.Units2025);
        File.WriteAllBytes(path, UnitsCsv());
        return path;
    });

    /// <summary>Units on a fresh database: the nation, 34 + 3,321 from 2025-07-01, 63 + 696 + 10,035 until
    /// 2025-06-30.</summary>
    public const int FreshDatabaseUnits = 1 + 34 + 3321 + 63 + 696 + 10035;

    /// <summary>units-2025.csv, the register in force since 1 July 2025, as the repository holds it.</summary>
    public static byte[] UnitsCsv() => EmbeddedRegister.Read(EmbeddedRegister.Units2025);

    /// <summary>The same file written once per test process to a temp folder, for verbs and tools that take a
    /// path.</summary>
    public static string UnitsCsvPath => Extracted.Value;

    public static string RepositoryRoot
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
}
