using System.Net;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;
using Platform.Training.Contracts.Classes;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.Classes;

/// <summary>
/// The classes of a month or a year (GET /api/training/classes, GetClassesQuery): those taking place at least one day
/// in the period, by start date, held to the caller's scope and, when asked, to a unit's subtree.
/// </summary>
public sealed class ClassListTests : IAsyncLifetime, IDisposable
{
    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(
            client,
            Enumerable.Range(1, 4).Select(i => ($"C{i}", "P9001", "collaborators"))
        );
        ids["sep-P9"] = (
            await TrainingApi.CreateClassAsync(client, "P9", capacity: 3, start: new(2025, 9, 8), end: new(2025, 9, 12))
        ).Id;
        ids["oct-nov-P9001"] = (
            await TrainingApi.CreateClassAsync(client, "P9001", start: new(2025, 10, 28), end: new(2025, 11, 3))
        ).Id;
        ids["sep-P8001"] = (
            await TrainingApi.CreateClassAsync(client, "P8001", start: new(2025, 9, 1), end: new(2025, 9, 2))
        ).Id;
        ids["dec-jan-P9002"] = (
            await TrainingApi.CreateClassAsync(client, "P9002", start: new(2025, 12, 29), end: new(2026, 1, 9))
        ).Id;
        await TrainingApi.EnrolAsync(client, ids["sep-P9"], "C1", "C2", "C3", "C4");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    private static Task<List<ClassSummary>> ListAsync(HttpClient caller, string query) =>
        caller.GetAsync<List<ClassSummary>>($"/api/training/classes?{query}");

    [Fact]
    public async Task A_year_lists_every_class_taking_place_in_it_by_start_date_with_seats_and_waiting()
    {
        var classes = await ListAsync(client, "year=2025");

        classes
            .Select(c => c.Id)
            .Should()
            .Equal(ids["sep-P8001"], ids["sep-P9"], ids["oct-nov-P9001"], ids["dec-jan-P9002"]);
        classes
            .Single(c => c.Id == ids["sep-P9"])
            .Should()
            .BeEquivalentTo(
                new
                {
                    UnitCode = "P9",
                    UnitName = "Tỉnh Chín",
                    Audience = "collaborators",
                    Capacity = 3,
                    Enrolled = 3,
                    Waiting = 1,
                    Completed = false,
                    CompletedTrainees = 0,
                    StartDate = new DateOnly(2025, 9, 8),
                    EndDate = new DateOnly(2025, 9, 12),
                    Year = 2025,
                    Sessions = 8,
                    Venue = "Hội trường UBND",
                    Online = false,
                }
            );
    }

    [Theory]
    [InlineData(9, new[] { "sep-P8001", "sep-P9" })]
    [InlineData(10, new[] { "oct-nov-P9001" })]
    [InlineData(11, new[] { "oct-nov-P9001" })]
    [InlineData(12, new[] { "dec-jan-P9002" })]
    [InlineData(8, new string[0])]
    public async Task A_month_lists_the_classes_with_at_least_one_day_in_it(int month, string[] expected)
    {
        var classes = await ListAsync(client, $"year=2025&month={month}");

        classes.Select(c => c.Id).Should().Equal(expected.Select(e => ids[e]));
    }

    [Fact]
    public async Task A_class_running_into_January_is_in_both_years()
    {
        (await ListAsync(client, "year=2026&month=1")).Select(c => c.Id).Should().Equal(ids["dec-jan-P9002"]);
    }

    [Theory]
    [InlineData("P9001", new[] { "oct-nov-P9001" })]
    [InlineData("P9", new[] { "sep-P9", "oct-nov-P9001", "dec-jan-P9002" })]
    [InlineData("P8", new[] { "sep-P8001" })]
    [InlineData("VN", new[] { "sep-P8001", "sep-P9", "oct-nov-P9001", "dec-jan-P9002" })]
    public async Task A_unit_keeps_the_classes_it_or_a_unit_below_it_holds(string unit, string[] expected)
    {
        var classes = await ListAsync(client, $"year=2025&unitCode={unit}");

        classes.Select(c => c.Id).Should().Equal(expected.Select(e => ids[e]));
    }

    [Fact]
    public async Task A_coordinator_of_a_province_sees_only_its_classes_and_another_province_is_not_found()
    {
        var coordinator = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.TrainingCoordinator, UnitScope.Province("P9"))
        );

        (await ListAsync(coordinator, "year=2025"))
            .Select(c => c.Id)
            .Should()
            .Equal(ids["sep-P9"], ids["oct-nov-P9001"], ids["dec-jan-P9002"]);
        var other = await coordinator.GetAsync("/api/training/classes?year=2025&unitCode=P8");
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(other)).Detail.Should().Be("No unit with the code 'P8' is in force in 2025.");
    }

    [Fact]
    public async Task A_commune_officer_sees_only_the_classes_the_commune_holds()
    {
        var officer = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune("P9001"))
        );

        (await ListAsync(officer, "year=2025")).Select(c => c.Id).Should().Equal(ids["oct-nov-P9001"]);
    }

    [Theory]
    [InlineData("year=2025&month=13", "month", "The month must be between 1 and 12.")]
    [InlineData("month=4", "year", "Enter the year.")]
    public async Task A_month_out_of_range_or_no_year_is_400_naming_the_field(
        string query,
        string field,
        string message
    )
    {
        var response = await client.GetAsync($"/api/training/classes?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainKey(field).WhoseValue.Should().Equal(message);
    }

    [Fact]
    public async Task A_month_out_of_range_is_refused_in_Vietnamese_by_default()
    {
        var response = await platform.CreateVietnameseClient().GetAsync("/api/training/classes?year=2025&month=0");

        (await Problem.ReadAsync(response)).Errors!["month"].Should().Equal("Tháng phải từ 1 đến 12.");
    }
}
