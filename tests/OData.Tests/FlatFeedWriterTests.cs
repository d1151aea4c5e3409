namespace Platform.OData.Tests;

/// <summary>
/// The platform's writer for flat pages (docs/benchmarks.md) against the library's serializer: the same request must
/// answer the same bytes, annotations and nextLink included, whichever writes it.
/// </summary>
public sealed class FlatFeedWriterTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    public static readonly TheoryData<string> Requests = new()
    {
        "AdministrativeUnits",
        "UnitStatistics",
        "UnitLineage",
        "Indicators",
        "Plans",
        "Targets",
        "Obligations",
        "Obligations?$count=true",
        "Obligations?$orderby=UnitName desc,Year",
        "Obligations?$filter=contains(UnitName,'Đồng') and Year eq 2026&$top=3000",
        "Obligations?$skip=10&$top=5",
        "AdministrativeUnits?$orderby=Level,SearchName&$count=true",
        "Plans?$filter=Level eq 'Commune'&$orderby=Code desc",
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_page_is_byte_for_byte_what_the_library_writes(string request)
    {
        using var library = platform.CreateLibraryWriterClient();
        using var fast = platform.CreateClient();

        var expected = await DongNaiFeedFixture.PagesWithHeadersAsync(library, request, fromSqlite: false);
        var actual = await DongNaiFeedFixture.PagesWithHeadersAsync(fast, request, fromSqlite: null);

        actual.Should().Equal(expected);
        expected.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Small_pages_asked_with_Prefer_end_with_the_same_links()
    {
        using var library = platform.CreateLibraryWriterClient();
        using var fast = platform.CreateClient();
        library.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=700");
        fast.DefaultRequestHeaders.Add("Prefer", "odata.maxpagesize=700");

        var expected = await DongNaiFeedFixture.PagesWithHeadersAsync(library, "Obligations?$orderby=IndicatorCode", fromSqlite: false);
        var actual = await DongNaiFeedFixture.PagesWithHeadersAsync(fast, "Obligations?$orderby=IndicatorCode", fromSqlite: false);

        actual.Should().HaveCount(5).And.Equal(expected);
    }
}
