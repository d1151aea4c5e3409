using System.Net;
using System.Text.Json;
using static Platform.OData.Tests.DongNaiFeedFixture;

namespace Platform.OData.Tests;

/// <summary>
/// Pages of the feed's rows (ADR 0024) written by the platform's writer are byte for byte — headers too — what the
/// OData library writes for the same request, whatever the Accept header, paging option or query.
/// </summary>
public sealed class FeedPageTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    private const string PowerQueryAccept =
        "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;q=0.9,"
        + "application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,text/plain;q=0.7";

    [Theory]
    [InlineData("Obligations", 2)]
    [InlineData("Obligations?$count=true", 2)]
    [InlineData("Obligations?$top=3000", 2)]
    [InlineData("Obligations?$top=3000&$count=true", 2)]
    [InlineData("Obligations?$top=2500", 1)]
    [InlineData("Obligations?$top=2501", 2)]
    [InlineData("Obligations?$top=0", 1)]
    [InlineData("Obligations?$skiptoken=Id-100&$top=7", 1)]
    [InlineData("Obligations?$skiptoken=Id-999999", 1)]
    [InlineData("AdministrativeUnits?$count=true", 6)]
    [InlineData("UnitStatistics?$count=true", 1)]
    [InlineData("Plans", 1)]
    [InlineData("Targets?$count=true", 1)]
    public async Task A_walk_through_nextLink_answers_the_library_s_bytes_and_headers_page_after_page(
        string request,
        int pages
    )
    {
        using var clients = BothWriters("Accept", PowerQueryAccept);

        var expected = await PagesWithHeadersAsync(clients.Library, request);
        var actual = await PagesWithHeadersAsync(clients.Fast, request);

        actual.Should().HaveCount(pages).And.Equal(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json")]
    [InlineData("application/json;odata.metadata=minimal")]
    [InlineData("application/json;odata.metadata=minimal;odata.streaming=true;charset=utf-8")]
    [InlineData("application/json;q=0.9, application/xml;q=0.5")]
    public async Task Every_Accept_that_prefers_minimal_JSON_is_answered_as_the_library_answers_it(string accept)
    {
        using var clients = BothWriters("Accept", accept);

        var expected = await PagesWithHeadersAsync(clients.Library, "Obligations?$top=3");
        var actual = await PagesWithHeadersAsync(clients.Fast, "Obligations?$top=3");

        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData("Accept", "application/json;odata.metadata=full", "Obligations?$top=3")]
    [InlineData("Accept", "application/json;odata.metadata=none", "Obligations?$top=3")]
    [InlineData("Accept", "application/json;IEEE754Compatible=true", "Obligations?$top=3")]
    [InlineData("Accept", "application/json;IEEE754Compatible=false", "Obligations?$top=3")]
    [InlineData("Accept", "text/plain", "Obligations?$top=3")]
    [InlineData("OData-MaxVersion", "4.01", "Obligations?$top=3")]
    [InlineData("OData-Version", "4.01", "Obligations?$top=3")]
    [InlineData("Accept-Charset", "utf-16", "Obligations?$top=3")]
    [InlineData("Accept-Charset", "iso-8859-1", "Obligations?$top=3")]
    [InlineData("Prefer", "return=minimal", "Obligations?$top=3")]
    [InlineData("Prefer", "odata.maxpagesize=300, odata.maxpagesize=100", "Obligations?$top=1000")]
    [InlineData("OData-MaxVersion", "4.0", "Obligations?$format=json&$top=3")]
    [InlineData("OData-MaxVersion", "4.0", "Obligations?$format=application/json;odata.metadata=minimal&$top=3")]
    [InlineData("OData-MaxVersion", "4.0", "Obligations?top=3")]
    [InlineData("OData-MaxVersion", "4.0", "Obligations?$select=Id,UnitName&$top=3")]
    public async Task Any_other_header_or_option_is_answered_as_the_library_answers_it(
        string header,
        string value,
        string request
    )
    {
        using var clients = BothWriters(header, value);

        var expected = await PagesWithHeadersAsync(clients.Library, request);
        var actual = await PagesWithHeadersAsync(clients.Fast, request);

        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData("Obligations?$select=Id,UnitName")]
    [InlineData("Obligations?$filter=Year eq 2027")]
    [InlineData("Obligations?$orderby=UnitName")]
    [InlineData("Obligations?$skip=5&$top=5")]
    [InlineData("Obligations?top=5")]
    [InlineData("Obligations?$format=json")]
    [InlineData("Indicators")]
    public async Task Other_queries_are_answered_as_the_library_answers_them(string request)
    {
        using var clients = BothWriters("Accept", PowerQueryAccept);

        var expected = await PagesWithHeadersAsync(clients.Library, request);
        var actual = await PagesWithHeadersAsync(clients.Fast, request);

        actual.Should().Equal(expected).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("Obligations?$skiptoken=Id-%2B5")]
    [InlineData("Obligations?$skiptoken=Id-99999999999")]
    [InlineData("Obligations?$skiptoken=Id-")]
    [InlineData("Obligations?$top=3&$top=4")]
    [InlineData("Obligations?$skiptoken=Id-1&$skiptoken=Id-2")]
    public async Task A_paging_option_the_library_refuses_is_refused_with_400(string request)
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync("/odata/" + request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"code\":\"InvalidQuery\"");
    }

    [Theory]
    [InlineData("Obligations", 700, 5)]
    [InlineData("AdministrativeUnits?$count=true", 1000, 15)]
    [InlineData("Obligations?$top=1500", 700, 3)]
    public async Task Smaller_pages_asked_with_Prefer_are_the_library_s_pages(string request, int pageSize, int pages)
    {
        using var clients = BothWriters("Prefer", $"odata.maxpagesize={pageSize}");

        var expected = await PagesWithHeadersAsync(clients.Library, request);
        var actual = await PagesWithHeadersAsync(clients.Fast, request);

        actual.Should().HaveCount(pages).And.Equal(expected);
    }

    [Fact]
    public async Task Pages_read_at_the_same_time_are_each_the_page_read_alone()
    {
        using var client = platform.CreateClient();
        var requests = Enumerable
            .Range(0, 24)
            .Select(i => $"Obligations?$skiptoken=Id-{i * 137}&$top={50 + i}")
            .ToList();
        var alone = new List<string>();
        foreach (var request in requests)
        {
            alone.Add(await client.GetStringAsync(Url(request)));
        }

        var together = await Task.WhenAll(requests.Select(r => client.GetStringAsync(Url(r))));

        together.Should().Equal(alone);
    }

    [Fact]
    public async Task The_export_holds_the_feed_s_rows_with_the_same_values()
    {
        using var client = platform.CreateClient();
        var feed = new Dictionary<int, JsonElement>();
        foreach (var page in await PagesAsync(client, "Obligations"))
        {
            foreach (var row in JsonDocument.Parse(page).RootElement.GetProperty("value").EnumerateArray())
            {
                feed.Add(row.GetProperty("Id").GetInt32(), row.Clone());
            }
        }

        var export = JsonDocument
            .Parse(await client.GetStringAsync("/api/obligations/export"))
            .RootElement.EnumerateArray()
            .ToList();

        export.Should().HaveCount(3365).And.HaveCount(feed.Count);
        export.Select(r => r.GetProperty("Id").GetInt32()).Should().BeInAscendingOrder();
        foreach (var row in export)
        {
            var same = feed[row.GetProperty("Id").GetInt32()];
            row.EnumerateObject().Select(p => (p.Name, Value: p.Value.GetRawText()))
                .Should().BeEquivalentTo(same.EnumerateObject().Select(p => (p.Name, Value: p.Value.GetRawText())));
        }
    }

    [Theory]
    [InlineData("Obligations?filter=Year eq 2027&count=true", "Obligations?$filter=Year eq 2027&$count=true")]
    [InlineData("Obligations?skiptoken=Id-500&top=3", "Obligations?$skiptoken=Id-500&$top=3")]
    [InlineData("Obligations?orderby=UnitName desc&top=5", "Obligations?$orderby=UnitName desc&$top=5")]
    [InlineData(
        "Obligations?top=2&select=Id&expand=Unit($select=Code)",
        "Obligations?$top=2&$select=Id&$expand=Unit($select=Code)")]
    public async Task Options_written_without_their_dollar_answer_what_they_answer_with_it(string without, string with)
    {
        using var client = platform.CreateClient();

        var plain = await GetJsonAsync(client, without);
        var dollar = await GetJsonAsync(client, with);

        plain.GetProperty("value").GetRawText().Should().Be(dollar.GetProperty("value").GetRawText());
        plain.GetProperty("value").GetArrayLength().Should().BeGreaterThan(0);
    }

    /// <summary>A client of the platform's writers and one of the library's, both sending <paramref name="header"/>
    /// (none when empty).</summary>
    private Writers BothWriters(string header, string value)
    {
        var writers = new Writers(platform.CreateClient(), platform.CreateLibraryWriterClient());
        if (value.Length > 0)
        {
            writers.Fast.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
            writers.Library.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        }

        return writers;
    }

    private sealed record Writers(HttpClient Fast, HttpClient Library) : IDisposable
    {
        public void Dispose()
        {
            Fast.Dispose();
            Library.Dispose();
        }
    }
}
