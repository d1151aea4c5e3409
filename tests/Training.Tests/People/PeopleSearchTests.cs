using System.Net;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;
using Platform.Training.Contracts.People;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.People;

/// <summary>
/// Finding whom to enrol (GET /api/training/people, SearchPeopleQuery): by name without diacritics or by code, by name,
/// held to the caller's scope and, for a class, to the people registered in its unit or below it.
/// </summary>
public sealed class PeopleSearchTests : IAsyncLifetime, IDisposable
{
    private const string People = """
        code,full_name,unit_code,audience
        DN-0001,Trần Thị Hoa,P9001,collaborators
        DN-0002,Trần Văn Bình,P9002,collaborators
        DN-0003,Lê Thị Cúc,P9001,collaborators
        DN-0004,Đặng Đức Dũng,P9,communication_staff
        DN-0005,Trần Quốc Toản,P8001,collaborators
        """;

    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        (await client.PostCsvAsync("/api/training/people/import", People + "\n")).EnsureSuccessStatusCode();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    private static async Task<List<string>> CodesAsync(HttpClient caller, string query) =>
        [.. (await caller.GetAsync<List<PersonSummary>>($"/api/training/people?{query}")).Select(p => p.Code)];

    [Theory]
    [InlineData("search=tran", new[] { "DN-0005", "DN-0001", "DN-0002" })]
    [InlineData("search=TRẦN%20THỊ", new[] { "DN-0001" })]
    [InlineData("search=dang%20duc", new[] { "DN-0004" })]
    [InlineData("search=dn-0003", new[] { "DN-0003" })]
    [InlineData("search=0002", new[] { "DN-0002" })]
    [InlineData("search=nobody", new string[0])]
    public async Task A_name_is_found_without_diacritics_or_case_and_a_code_by_part_ordered_by_name(
        string query,
        string[] expected
    )
    {
        (await CodesAsync(client, query)).Should().Equal(expected);
    }

    [Fact]
    public async Task A_person_comes_with_the_name_of_their_unit()
    {
        var found = await client.GetAsync<List<PersonSummary>>("/api/training/people?search=hoa");

        found
            .Should()
            .ContainSingle()
            .Which.Should()
            .Be(new PersonSummary("DN-0001", "Trần Thị Hoa", "P9001", "Xã Một", "collaborators", null, null));
    }

    [Theory]
    [InlineData("unitCode=P9001", new[] { "DN-0003", "DN-0001" })]
    [InlineData("unitCode=P9", new[] { "DN-0004", "DN-0003", "DN-0001", "DN-0002" })]
    [InlineData("unitCode=P9&audience=collaborators", new[] { "DN-0003", "DN-0001", "DN-0002" })]
    [InlineData("unitCode=VN&search=tran", new[] { "DN-0005", "DN-0001", "DN-0002" })]
    [InlineData("search=tran&top=2", new[] { "DN-0005", "DN-0001" })]
    public async Task A_unit_keeps_the_people_registered_in_it_or_below_it_whom_its_classes_may_enrol(
        string query,
        string[] expected
    )
    {
        (await CodesAsync(client, query)).Should().Equal(expected);
    }

    [Fact]
    public async Task A_coordinator_of_a_province_finds_only_its_people_and_another_province_is_not_found()
    {
        var coordinator = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.TrainingCoordinator, UnitScope.Province("P9"))
        );

        (await CodesAsync(coordinator, "search=tran")).Should().Equal("DN-0001", "DN-0002");
        var other = await coordinator.GetAsync("/api/training/people?unitCode=P8");
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(other)).Detail.Should().Be("No unit with the code 'P8' is in force in 2026.");
    }

    [Theory]
    [InlineData("top=0", "top", "The number of results (top) must be between 1 and 100.")]
    [InlineData("top=101", "top", "The number of results (top) must be between 1 and 100.")]
    [InlineData(
        "audience=farmers",
        "audience",
        "The audience must be one of collaborators, agents_staff, steering_committee, communication_staff, "
            + "journalists, source_trainers."
    )]
    public async Task A_top_out_of_range_or_an_unknown_audience_is_400_naming_the_field(
        string query,
        string field,
        string message
    )
    {
        var response = await client.GetAsync($"/api/training/people?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainKey(field).WhoseValue.Should().Equal(message);
    }
}
