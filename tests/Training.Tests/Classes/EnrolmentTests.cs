using System.Net;
using System.Net.Http.Json;
using Platform.Training.Tests.Support;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Tests.Classes;

public sealed class EnrolmentTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] TrainerA = ["A"];

    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        var people = Enumerable.Range(1, 51).Select(i => ($"C{i:00}", i % 2 == 0 ? "P9001" : "P9002", "collaborators"))
            .Append(("OUT1", "P8001", "collaborators"));
        await TrainingApi.RegisterAsync(client, people);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task Given_a_class_of_capacity_50_When_51_people_enrol_Then_one_is_on_the_waiting_list()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", capacity: 50);

        var result = await TrainingApi.EnrolAsync(
            client,
            training.Id,
            [.. Enumerable.Range(1, 51).Select(i => $"C{i:00}")]
        );

        result.Enrolled.Should().Be(50);
        result.Waiting.Should().Be(1);
        result.People[^1].Should().Be(new EnrolmentOutcome("C51", "Waiting", 1));
        var view = await TrainingApi.ReadClassAsync(client, training.Id);
        view.Enrolled.Should().Be(50);
        view.Waiting.Should().Be(1);
        view.Trainees.Single(t => t.Status == "Waiting").PersonCode.Should().Be("C51");
    }

    [Fact]
    public async Task Enrolments_one_by_one_fill_the_class_then_the_waiting_list_in_order()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", capacity: 2);

        var statuses = new List<(string, int?)>();
        foreach (var code in new[] { "C01", "C02", "C03", "C04" })
        {
            var outcome = (await TrainingApi.EnrolAsync(client, training.Id, code)).People.Single();
            statuses.Add((outcome.Status, outcome.WaitingPosition));
        }

        statuses.Should().Equal(("Enrolled", null), ("Enrolled", null), ("Waiting", 1), ("Waiting", 2));
    }

    [Fact]
    public async Task Enrolling_someone_already_in_the_class_is_a_conflict_and_enrols_nobody()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9");
        await TrainingApi.EnrolAsync(client, training.Id, "C01");
        var before = await platform.AllRowsAsync();

        var response = await TrainingApi.TryEnrolAsync(client, training.Id, "C02", "C01");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Problem.ReadAsync(response))
            .Detail.Should()
            .Be($"Already enrolled in class {training.Id}: 'C01'; nobody was enrolled.");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task Given_a_class_of_province_P9_When_a_person_of_province_P8_enrols_Then_it_is_refused_and_nobody_is_enrolled()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9");
        var before = await platform.AllRowsAsync();

        var response = await TrainingApi.TryEnrolAsync(client, training.Id, "C01", "OUT1");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await Problem.ReadAsync(response);
        problem.Errors!["personCodes"].Should().Equal("OUT1 is registered in unit P8001, outside P9");
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_commune_class_refuses_people_of_a_sibling_commune()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9001");

        // Even codes are registered in P9001, odd ones in P9002.
        (await TrainingApi.TryEnrolAsync(client, training.Id, "C02")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await TrainingApi.TryEnrolAsync(client, training.Id, "C03"))
            .StatusCode.Should()
            .Be(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Unknown_people_and_classes_are_not_found_and_bad_requests_are_400()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9");

        (await TrainingApi.TryEnrolAsync(client, training.Id, "NOBODY"))
            .StatusCode.Should()
            .Be(HttpStatusCode.NotFound);
        (await TrainingApi.TryEnrolAsync(client, 9999, "C01")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var empty = await TrainingApi.TryEnrolAsync(client, training.Id);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(empty)).Errors.Should().ContainKey("personCodes");
        (await TrainingApi.TryEnrolAsync(client, training.Id, "C01", "C01"))
            .StatusCode.Should()
            .Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_class_with_bad_fields_is_refused_with_each_field_named()
    {
        var response = await client.PostAsJsonAsync(
            "/api/training/classes",
            new
            {
                unitCode = "P9",
                audience = "farmers",
                title = "",
                startDate = "2025-09-30",
                endDate = "2025-09-01",
                sessions = 0,
                capacity = 0,
            }
        );

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response))
            .Errors.Should()
            .ContainKeys("audience", "title", "endDate", "sessions", "capacity", "trainers", "venue");
        (await platform.AllRowsAsync()).Should().NotContain(r => r.StartsWith("class", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_class_of_an_unknown_unit_is_not_found()
    {
        var response = await client.PostAsJsonAsync(
            "/api/training/classes",
            new
            {
                unitCode = "ZZ",
                audience = "collaborators",
                title = "X",
                startDate = "2025-09-01",
                endDate = "2025-09-30",
                sessions = 8,
                capacity = 50,
                trainers = TrainerA,
                online = true,
            }
        );

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
