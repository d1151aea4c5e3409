using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Access.Tests.Support;
using Platform.TestKit;

namespace Platform.Access.Tests;

/// <summary>Keys are kept as SHA-256 only: neither the database file nor any answer after the first holds a key's
/// text.</summary>
public sealed class KeyStorageTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private readonly HttpClient admin = platform.CreateClient();

    [Fact]
    public async Task The_database_files_never_contain_the_text_of_a_key()
    {
        var created = await admin.CreateUserAsync("store-lan", "75", "provincial_planner");
        var second = await admin.IssueKeyAsync("store-lan");
        (await platform.CreateClientWithKey("store-lan", second.Key).GetAsync("/api/me")).EnsureSuccessStatusCode();

        var files = await DatabaseBytesAsync();
        Contains(files, "store-lan"u8.ToArray()).Should().BeTrue("the user's row is in the bytes searched");

        foreach (var key in new[] { created.Key.Key, second.Key, PlatformFactory.AdminKey })
        {
            Contains(files, Encoding.UTF8.GetBytes(key)).Should().BeFalse($"the key {key[..4]}… must not be stored");
            Contains(files, Encoding.Unicode.GetBytes(key)).Should().BeFalse();
        }
    }

    [Fact]
    public async Task A_key_row_holds_the_SHA256_of_the_key_and_its_public_id()
    {
        var created = await admin.CreateUserAsync("store-hoa", "VN", "analyst");

        var row = await platform.AccessQueryAsync(db =>
            db.Keys.AsNoTracking().SingleAsync(k => k.KeyId == created.Key.KeyId)
        );

        row.Hash.Should().Equal(SHA256.HashData(Encoding.UTF8.GetBytes(created.Key.Key)));
        created.Key.Key.Should().HaveLength(43, "32 random bytes in base64url");
        created.Key.KeyId.Should().MatchRegex("^[0-9a-f]{12}$");
    }

    [Fact]
    public async Task Only_the_answer_that_issues_a_key_shows_its_text()
    {
        var created = await admin.CreateUserAsync("store-minh", "VN", "analyst");

        var user = await admin.GetStringAsync("/api/admin/users/store-minh");
        var all = await admin.GetStringAsync("/api/admin/users");

        user.Should().Contain(created.Key.KeyId).And.NotContain(created.Key.Key);
        all.Should().Contain(created.Key.KeyId).And.NotContain(created.Key.Key);
    }

    /// <summary>The SQLite file and its write-ahead log, read while the host holds them open.</summary>
    /// <summary>The database as stored: SQLite's file and its WAL; on PostgreSQL every row of every table as
    /// text.</summary>
    private async Task<byte[]> DatabaseBytesAsync()
    {
        using var all = new MemoryStream();
        if (TestDatabase.IsPostgreSql)
        {
            await using var connection = await platform.OpenConnectionAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema');";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                await using var rows = connection.CreateCommand();
                rows.CommandText = $"SELECT t::text FROM {table} t;";
                await using var reader = await rows.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    all.Write(Encoding.UTF8.GetBytes(reader.GetString(0)));
                }
            }

            return all.ToArray();
        }

        foreach (var path in new[] { platform.DatabasePath, platform.DatabasePath + "-wal" }.Where(File.Exists))
        {
            using var file = new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete
            );
            file.CopyTo(all);
        }

        return all.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
