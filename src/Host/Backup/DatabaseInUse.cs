namespace Platform.Host.Backup;

/// <summary>
/// A running host holds a shared lock on a small file beside the database (<c>platform.db.in-use</c>); a restore takes
/// it exclusively, so it refuses to replace a database a host is serving and no host starts on a half-restored one.
/// SQLite's own locks cannot say this: an idle host may have no connection open at the moment of the restore.
/// </summary>
public static class DatabaseInUse
{
    public const string Suffix = ".in-use";

    /// <summary>Held by a host for its lifetime; several hosts (and the tests' second hosts) may share it.</summary>
    public static IDisposable HoldShared(string databasePath)
    {
        try
        {
            return Open(databasePath, FileShare.ReadWrite);
        }
        catch (IOException exception)
        {
            throw new IOException(
                $"The database {databasePath} is being restored; start the host when the restore has finished.",
                exception
            );
        }
    }

    /// <summary>Null when a host holds the database.</summary>
    public static IDisposable? TryHoldExclusive(string databasePath)
    {
        try
        {
            return Open(databasePath, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static FileStream Open(string databasePath, FileShare share)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        return new FileStream(
            Path.GetFullPath(databasePath) + Suffix,
            FileMode.OpenOrCreate,
            FileAccess.ReadWrite,
            share
        );
    }
}
