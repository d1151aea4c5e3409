using System.Net;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Statistics;

/// <summary>
/// Statistics (<c>unit_code,year,metric,value,source</c>) over the seeded provinces. Each test uses its own
/// provinces, so the tests of the class do not depend on one another's order.
/// </summary>
public sealed class StatisticsImportTests(PlatformFactory platform) : IClassFixture<PlatformFactory>
{
    private const string Header = "unit_code,year,metric,value,source";
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task A_valid_file_adds_each_figure_with_its_source()
    {
        var file = $"""
            {Header}
            75,2025,working_age_labour_force,1850000,Cục Thống kê Đồng Nai 2025
            75,2025,collaborators,2000,BHXH tỉnh Đồng Nai
            75,2026,population,4491408,Cục Thống kê Đồng Nai 2026
            """;

        var report = await ImportAsync(file);
        var figures = await client.GetAsync<List<UnitStatisticView>>("/api/units/75/statistics");
        var of2025 = await client.GetAsync<List<UnitStatisticView>>("/api/units/75/statistics?year=2025");

        report.Should().Be(new ImportReport(Rows: 3, Added: 3, Updated: 0, Unchanged: 0));
        figures.Should().Equal(
            new UnitStatisticView("75", 2025, "collaborators", 2000, "BHXH tỉnh Đồng Nai"),
            new UnitStatisticView("75", 2025, "working_age_labour_force", 1850000, "Cục Thống kê Đồng Nai 2025"),
            new UnitStatisticView("75", 2026, "population", 4491408, "Cục Thống kê Đồng Nai 2026"));
        of2025.Should().Equal(figures.Take(2));
    }

    [Fact]
    public async Task Reimporting_the_same_file_reports_every_row_unchanged_and_writes_nothing()
    {
        var file =
            $"{Header}\n79,2025,enterprises,280000,Sở Tài chính TP.HCM\n79,2025,mass_organisations,6,UBND TP.HCM\n";
        await ImportAsync(file);
        var before = await platform.StatisticRowsAsync();

        var again = await ImportAsync(file);

        again.Should().Be(new ImportReport(Rows: 2, Added: 0, Updated: 0, Unchanged: 2));
        (await platform.StatisticRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_changed_value_is_updated_and_the_unchanged_rows_are_left_alone()
    {
        await ImportAsync(
            $"{Header}\n01,2025,collaborators,3000,BHXH Hà Nội\n01,2025,communication_staff,40,BHXH Hà Nội\n"
        );

        var report = await ImportAsync(
            $"{Header}\n01,2025,collaborators,3150,BHXH Hà Nội (rà soát)\n01,2025,communication_staff,40,BHXH Hà Nội\n"
        );
        var figures = await client.GetAsync<List<UnitStatisticView>>("/api/units/01/statistics");

        report.Should().Be(new ImportReport(Rows: 2, Added: 0, Updated: 1, Unchanged: 1));
        figures.Should().Equal(
            new UnitStatisticView("01", 2025, "collaborators", 3150, "BHXH Hà Nội (rà soát)"),
            new UnitStatisticView("01", 2025, "communication_staff", 40, "BHXH Hà Nội"));
    }

    public static TheoryData<string, string> BadRows =>
        new()
        {
            { "99999,2025,population,1000,Cục Thống kê", "Row 2: unknown unit code '99999'." },
            {
                "04,2025,households,1000,Cục Thống kê",
                $"Row 2: unknown metric 'households'; expected one of {string.Join(", ", StatisticMetrics.All)}."
            },
            { "04,2025,population,-1000,Cục Thống kê", "Row 2: the value '-1000' is not a non-negative whole number." },
            {
                "04,2025,population,1000.5,Cục Thống kê",
                "Row 2: the value '1000.5' is not a non-negative whole number."
            },
            {
                "04,2025,population,1000,",
                "Row 2: the source is required (at most 500 characters): say where the figure comes from."
            },
            {
                "04,2025,population,555,Cục Thống kê",
                "Row 2: duplicate figure: population of '04' for 2025 is already given on row 1."
            },
            { "11948,2024,population,1000,Cục Thống "
                + "kê", "Row 2: unit '11948' is not in force in "
                + "2024." }, // Đặc khu Bạch Long Vĩ, a new code in July 2025
            { "04,20x5,population,1000,Cục Thống kê", "Row 2: the year '20x5' is not a year between 1945 and 2100." },
        };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_file_with_one_bad_row_is_rejected_naming_that_row_and_nothing_is_written(
        string badRow,
        string error
    )
    {
        var file = $"{Header}\n04,2025,population,555,Cục Thống kê\n{badRow}\n";
        var before = await platform.StatisticRowsAsync();

        var response = await client.PostCsvAsync("/api/statistics/import", file);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response))
            .Errors.Should()
            .BeEquivalentTo(new Dictionary<string, string[]> { ["row 2"] = [error] });
        (await platform.StatisticRowsAsync()).Should().Equal(before, "row 1 is valid but the file is all or nothing");
    }

    [Fact]
    public async Task A_file_without_the_statistics_columns_is_rejected_naming_them()
    {
        var response = await client.PostCsvAsync(
            "/api/statistics/import",
            "unit_code,year,metric,value\n04,2025,population,1000\n"
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["file"] = ["Expected the columns unit_code,year,metric,value,source; found unit_code,year,metric,value."],
        });
    }

    [Fact]
    public async Task The_statistics_of_an_unknown_unit_are_not_found()
    {
        var response = await client.GetAsync("/api/units/99999/statistics");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response)).Detail.Should().Be("No administrative unit has the code '99999'.");
    }

    private async Task<ImportReport> ImportAsync(string file)
    {
        var response = await client.PostCsvAsync("/api/statistics/import", file);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ImportReport>();
    }
}
