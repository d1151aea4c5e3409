using System.Net;
using System.Text.Json;

namespace Platform.OData.Tests;

/// <summary>
/// Plain pages of the SQLite-backed sets (ADR 0012) are read and written straight from SQLite: sent whole with their
/// length, and byte for byte what the OData library writes for the same request; anything else is the library's.
/// </summary>
public sealed class SqliteFeedPageTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    private const string LibraryContentType = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";

    private const string PowerQueryAccept =
        "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;q=0.9,application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,text/plain;q=0.7";

    [Theory]
    [InlineData("Obligations")]
    [InlineData("Obligations?$count=true")]
    [InlineData("Obligations?$skiptoken=Id-100&$top=7")]
    [InlineData("AdministrativeUnits?$count=true&$format=json")]
    [InlineData("UnitStatistics")]
    [InlineData("Plans?$top=0&$count=true")]
    [InlineData("Targets")]
    public async Task A_plain_page_is_sent_whole_with_its_length(string request)
    {
        using var client = platform.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", PowerQueryAccept);

        var response = await client.GetAsync(DongNaiFeedFixture.Url(request), HttpCompletionOption.ResponseHeadersRead);
        var length = response.Content.Headers.ContentLength; // as sent, before the client has counted the body itself
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        length.Should().Be(body.Length);
        response.Content.Headers.ContentType!.ToString().Should().Be(LibraryContentType);
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
    }

    [Theory]
    [InlineData("Obligations?$select=Id,UnitName")]
    [InlineData("Obligations?$filter=Year eq 2027")]
    [InlineData("Obligations?$orderby=UnitName")]
    [InlineData("Obligations?$skip=5&$top=5")]
    [InlineData("Obligations?top=5")]
    [InlineData("Indicators")]
    public async Task Any_other_request_is_streamed_by_the_library_or_the_flat_writer(string request)
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync(DongNaiFeedFixture.Url(request), HttpCompletionOption.ResponseHeadersRead);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().BeNull();
    }

    [Theory]
    [InlineData("application/json;odata.metadata=full")]
    [InlineData("application/json;odata.metadata=none")]
    [InlineData("application/json;IEEE754Compatible=true")]
    public async Task Another_metadata_level_is_written_by_the_library(string accept)
    {
        using var fast = platform.CreateClient();
        using var library = platform.CreateLibraryWriterClient();
        fast.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);
        library.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        var response = await fast.GetAsync(DongNaiFeedFixture.Url("Obligations?$top=3"), HttpCompletionOption.ResponseHeadersRead);

        response.Content.Headers.ContentLength.Should().BeNull();
        (await response.Content.ReadAsStringAsync()).Should().Be(await library.GetStringAsync(DongNaiFeedFixture.Url("Obligations?$top=3")));
    }

    [Theory]
    [InlineData("Obligations")]
    [InlineData("Obligations?$top=3000")]
    [InlineData("Obligations?$top=3000&$count=true")]
    [InlineData("Obligations?$top=2500")]
    [InlineData("Obligations?$top=2501")]
    [InlineData("Obligations?$top=0")]
    [InlineData("AdministrativeUnits?$count=true")]
    [InlineData("AdministrativeUnits?$format=json")]
    [InlineData("UnitStatistics?$count=true")]
    [InlineData("Plans")]
    [InlineData("Targets?$count=true")]
    public async Task A_walk_through_nextLink_answers_the_library_s_bytes_page_after_page(string request)
    {
        using var fast = platform.CreateClient();
        using var library = platform.CreateLibraryWriterClient();
        fast.DefaultRequestHeaders.TryAddWithoutValidation("Accept", PowerQueryAccept);
        library.DefaultRequestHeaders.TryAddWithoutValidation("Accept", PowerQueryAccept);

        var expected = await DongNaiFeedFixture.PagesAsync(library, request);
        var actual = await DongNaiFeedFixture.PagesAsync(fast, request);

        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData("Obligations", 700, 5)]
    [InlineData("AdministrativeUnits?$count=true", 1000, 4)]
    [InlineData("Obligations?$top=1500", 700, 3)]
    public async Task Smaller_pages_asked_with_Prefer_are_the_library_s_pages(string request, int pageSize, int pages)
    {
        using var fast = platform.CreateClient();
        using var library = platform.CreateLibraryWriterClient();
        fast.DefaultRequestHeaders.Add("Prefer", $"odata.maxpagesize={pageSize}");
        library.DefaultRequestHeaders.Add("Prefer", $"odata.maxpagesize={pageSize}");

        var expected = await DongNaiFeedFixture.PagesAsync(library, request);
        var actual = await DongNaiFeedFixture.PagesAsync(fast, request);

        actual.Should().HaveCount(pages).And.Equal(expected);
    }

    [Fact]
    public async Task The_export_holds_the_feed_s_rows_with_the_same_values()
    {
        using var client = platform.CreateClient();
        var feed = new Dictionary<int, JsonElement>();
        foreach (var page in await DongNaiFeedFixture.PagesAsync(client, "Obligations"))
        {
            foreach (var row in JsonDocument.Parse(page).RootElement.GetProperty("value").EnumerateArray())
            {
                feed.Add(row.GetProperty("Id").GetInt32(), row.Clone());
            }
        }

        var export = JsonDocument.Parse(await client.GetStringAsync("/api/obligations/export")).RootElement.EnumerateArray().ToList();

        export.Should().HaveCount(3365).And.HaveCount(feed.Count);
        export.Select(r => r.GetProperty("Id").GetInt32()).Should().BeInAscendingOrder();
        foreach (var row in export)
        {
            var same = feed[row.GetProperty("Id").GetInt32()];
            row.EnumerateObject().Select(p => (p.Name, Value: p.Value.GetRawText()))
                .Should().BeEquivalentTo(same.EnumerateObject().Select(p => (p.Name, Value: p.Value.GetRawText())));
        }
    }
}
