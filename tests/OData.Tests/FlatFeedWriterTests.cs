namespace Platform.OData.Tests;

/// <summary>
/// The platform's writer for flat pages (docs/benchmarks.md) against the library's serializer, on every set of the
/// feed: the same request must answer the same bytes, annotations and nextLink included, whichever writes it.
/// </summary>
public sealed class FlatFeedWriterTests(DongNaiFeedFixture platform) : IClassFixture<DongNaiFeedFixture>
{
    public static readonly TheoryData<string> Requests = new()
    {
        "AdministrativeUnits",
        "UnitStatistics",
        "UnitLineage",
        "Indicators",
        "Rules",
        "Plans",
        "Targets",
        "Obligations",
        "Obligations?$count=true",
        "Obligations?$orderby=UnitName desc,Year",
        "Obligations?$filter=contains(UnitName,'Đồng') and Year eq 2026&$top=3000",
        "Obligations?$skip=10&$top=5",
        "AdministrativeUnits?$orderby=Level,SearchName&$count=true",
        "Plans?$filter=Level eq 'Commune'&$orderby=Code desc",
        // Every other set of the feed, Training's, Monitoring's and the audit log included.
        "UnitStatisticsOnUnits?$count=true",
        "Trainees?$count=true",
        "TrainingClasses?$count=true",
        "Enrolments?$count=true",
        "Attendance?$count=true",
        "TrainingQuotas?$count=true",
        "TrainingQuotas?$orderby=UnitName desc",
        "ActivityReports?$count=true",
        "IndicatorActuals?$count=true",
        "IndicatorActualsOnUnits?$count=true",
        "Progress?$count=true",
        "Progress?$filter=Level eq 'Commune'&$orderby=UnitCode desc",
        "ReportingDeadlines?$count=true",
        "AuditEntries?$count=true",
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_page_is_byte_for_byte_what_the_library_writes(string request)
    {
        using var library = platform.CreateLibraryWriterClient();
        using var fast = platform.CreateClient();

        var expected = await DongNaiFeedFixture.PagesWithHeadersAsync(library, request);
        var actual = await DongNaiFeedFixture.PagesWithHeadersAsync(fast, request);

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

        var expected = await DongNaiFeedFixture.PagesWithHeadersAsync(library, "Obligations?$orderby=IndicatorCode");
        var actual = await DongNaiFeedFixture.PagesWithHeadersAsync(fast, "Obligations?$orderby=IndicatorCode");

        actual.Should().HaveCount(5).And.Equal(expected);
    }
}
