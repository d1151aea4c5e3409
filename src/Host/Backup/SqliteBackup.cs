using System.Globalization;
using Microsoft.Data.Sqlite;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Backup;

/// <summary>A backup file: its name, size, when it was taken and what <c>PRAGMA integrity_check</c> said of
/// it.</summary>
public sealed record BackupFile(string Name, long SizeBytes, DateTime TakenAtUtc, string Integrity);

/// <summary>
/// Online backup of the platform's SQLite file with SQLite's backup API: every page is copied in one step under one
/// read transaction, so the copy is the database as of one instant, while the host goes on serving reads and (in WAL
/// mode) writes. The copy is written under a temporary name, checked, then renamed, so a listed backup is always whole.
/// </summary>
public static class SqliteBackup
{
    public const string Extension = ".db";
    private const string Partial = ".partial";

    /// <summary>Backs the database up to a new file <paramref name="target"/>; refuses to overwrite one.</summary>
    public static async Task<BackupFile> BackupToAsync(
        string connectionString,
        string target,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        var path = Path.GetFullPath(target);
        if (File.Exists(path))
        {
            throw new IOException($"The backup file {path} already exists; choose another name.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + Partial;
        try
        {
            await using (var source = new SqliteConnection(connectionString))
            await using (
                var destination = new SqliteConnection(FileConnectionString(temporary, SqliteOpenMode.ReadWriteCreate))
            )
            {
                await source.OpenAsync(cancellationToken);
                await destination.OpenAsync(cancellationToken);
                source.BackupDatabase(destination);
                await using var command = destination.CreateCommand();
                // Whatever mode the source is in, the backup is one self-contained file (no -wal beside it to lose on a
                // copy).
                command.CommandText = "PRAGMA journal_mode=DELETE;";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            var integrity = await IntegrityAsync(temporary, cancellationToken);
            if (integrity != "ok")
            {
                throw new IOException($"The backup failed its integrity check ({integrity}); it was not kept.");
            }

            File.Move(temporary, path);
            return new BackupFile(Path.GetFileName(path), new FileInfo(path).Length, nowUtc, integrity);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Backs the database up into <paramref name="folder"/> under a name made of the time, e.g.
    /// <c>platform-20260315-080000.db</c>.</summary>
    public static Task<BackupFile> BackupIntoAsync(
        string connectionString,
        string folder,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        var stem = "platform-" + nowUtc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = stem + Extension;
        for (
            var i = 2;
            File.Exists(Path.Combine(folder, name)) || File.Exists(Path.Combine(folder, name + Partial));
            i++
        )
        {
            name = $"{stem}-{i.ToString(CultureInfo.InvariantCulture)}{Extension}";
        }

        return BackupToAsync(connectionString, Path.Combine(folder, name), nowUtc, cancellationToken);
    }

    /// <summary>The backups in <paramref name="folder"/>, newest first (integrity is checked when a backup is taken or
    /// restored, not listed).</summary>
    public static IReadOnlyList<BackupFile> List(string folder) =>
        !Directory.Exists(folder)
            ? []
            : new DirectoryInfo(folder).EnumerateFiles("*" + Extension)
                .OrderByDescending(f => f.LastWriteTimeUtc).ThenByDescending(f => f.Name, StringComparer.Ordinal)
                .Select(f => new BackupFile(f.Name, f.Length, f.LastWriteTimeUtc, "not checked"))
                .ToList();

    /// <summary>What <c>PRAGMA integrity_check</c> says of the file: "ok", or its first problems.</summary>
    public static async Task<string> IntegrityAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(FileConnectionString(path, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check(10);";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    /// <summary>A connection string to one file, unpooled so the file is let go as soon as the connection
    /// closes.</summary>
    public static string FileConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = PlatformDatabase.BusyTimeoutSeconds,
        }.ToString();
}
