using Microsoft.AspNetCore.Mvc.Testing;
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
        await using var connection = await platform.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        var units = PlatformFactory.Table("plans", "plans_units");
        command.CommandText = $"""UPDATE {units} SET "Name" = @tricky WHERE "Code" = '75';""";
        if (!TestDatabase.IsPostgreSql)
        {
            // PostgreSQL refuses invalid UTF-8 in a UTF8 database: only SQLite can hold such text.
            command.CommandText += $"""UPDATE {units} SET "Name" = CAST(X'48C3A0204EE1BB9969C3' AS TEXT) """
                + """WHERE "Code" = '01';""";
        }

        var tricky = command.CreateParameter();
        tricky.ParameterName = "tricky";
        tricky.Value = "Tỉnh \"Đồng\" Nai \\ tab\there\u0001 <b>&amp;</b> +1 \u2028 😀";
        command.Parameters.Add(tricky);
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

    [SqliteOnlyFact("PostgreSQL refuses invalid UTF-8 in a UTF8 database, so only SQLite can hold such text")]
    public async Task Invalid_UTF8_is_shown_with_the_replacement_character_as_EF_Core_reads_it_on_SQLite_as_PostgreSQL_refuses_such_text()
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
