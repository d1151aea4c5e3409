using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Platform.TestKit;

namespace Platform.OData.Tests;

/// <summary>
/// Text of the feed's rows is escaped by the platform's writer as the library escapes it, and text stored as invalid
/// UTF-8 (written by another tool) is shown with U+FFFD, as EF Core reads it, never a failed page.
/// </summary>
public sealed class FeedTextTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory platform = new();

    public async Task InitializeAsync()
    {
        using var client = platform.CreateClient(); // starts the host: migrations and the seeded nation and provinces
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
        await using var connection = new SqliteConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE plans_units SET Name = $tricky WHERE Code = '75';
            UPDATE plans_units SET Name = CAST(X'48C3A0204EE1BB9969C3' AS TEXT) WHERE Code = '01';
            """;
        command.Parameters.AddWithValue("$tricky", "Tỉnh \"Đồng\" Nai \\ tab\there\u0001 <b>&amp;</b> +1 \u2028 😀");
        await command.ExecuteNonQueryAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task Quotes_controls_markup_and_emoji_are_escaped_as_the_library_escapes_them()
    {
        var (fast, library) = await BothAsync("AdministrativeUnits?$count=true");

        fast.Should().Be(library);
        fast.Should().Contain("""Tỉnh \"Đồng\" Nai \\ tab\there\u0001 <b>&amp;</b> +1 """);
    }

    [Fact]
    public async Task Invalid_UTF8_is_shown_with_the_replacement_character_as_EF_Core_reads_it()
    {
        var (fast, library) = await BothAsync("AdministrativeUnits?$skiptoken=Id-0&$top=40");

        fast.Should().Be(library);
        fast.Should().Contain("\"Name\":\"Hà Nội\uFFFD\"");
    }

    private async Task<(string Fast, string Library)> BothAsync(string request)
    {
        using var fast = platform.CreateClient();
        using var library = platform.WithWebHostBuilder(b => b.UseSetting("OData:FastWriter", "false")).CreateClient();
        return (
            await fast.GetStringAsync(DongNaiFeedFixture.Url(request)),
            await library.GetStringAsync(DongNaiFeedFixture.Url(request))
        );
    }
}
