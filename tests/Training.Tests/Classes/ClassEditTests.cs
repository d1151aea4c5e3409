using System.Net;
using System.Net.Http.Json;
using Platform.Training.Tests.Support;
using Platform.TestKit;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Tests.Classes;

/// <summary>A class carries its version as ETag; PUT corrects its title, dates and capacity, honouring
/// If-Match.</summary>
public sealed class ClassEditTests : IAsyncLifetime, IDisposable
{
    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(
            client,
            Enumerable.Range(1, 4).Select(i => ($"C{i:00}", "P9001", "collaborators"))
        );
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task A_class_is_read_with_its_ETag_and_a_matching_If_Match_edits_it_and_answers_the_new_one()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", capacity: 50);
        var read = await client.GetAsync($"/api/training/classes/{training.Id}");
        read.Headers.ETag!.Tag.Should().Be("\"1\"");
        read.Headers.ETag.IsWeak.Should().BeFalse();

        var edited = await EditAsync(
            training.Id,
            "\"1\"",
            "Tập huấn  BHXH tự nguyện (bổ sung)",
            "2025-10-06",
            "2026-01-09",
            60
        );

        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        edited.Headers.ETag!.Tag.Should().Be("\"2\"");
        (await edited.ReadAsync<ClassView>()).Should().BeEquivalentTo(new
        {
            Title = "Tập huấn BHXH tự nguyện (bổ sung)",
            StartDate = new DateOnly(2025, 10, 6),
            EndDate = new DateOnly(2026, 1, 9),
            Year = 2026,
            Capacity = 60,
            Sessions = 8,
            Version = 2,
        });
    }

    [Fact]
    public async Task A_stale_If_Match_is_412_and_leaves_the_class_as_the_first_edit_made_it()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", capacity: 50);
        (await EditAsync(training.Id, "\"1\"", "Lớp một", "2025-09-01", "2025-09-30", 40))
            .StatusCode.Should()
            .Be(HttpStatusCode.OK);

        var stale = await EditAsync(training.Id, "\"1\"", "Lớp hai", "2025-09-02", "2025-09-29", 45);

        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await Problem.ReadAsync(stale))
            .Detail.Should()
            .StartWith($"Class {training.Id} has changed since it was read: it is now at ETag \"2\"");
        (await TrainingApi.ReadClassAsync(client, training.Id))
            .Should()
            .BeEquivalentTo(
                new
                {
                    Title = "Lớp một",
                    StartDate = new DateOnly(2025, 9, 1),
                    EndDate = new DateOnly(2025, 9, 30),
                    Capacity = 40,
                    Version = 2,
                }
            );
    }

    [Fact]
    public async Task Of_two_concurrent_edits_with_the_same_ETag_exactly_one_succeeds()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", capacity: 50);

        var responses = await Task.WhenAll(
            EditAsync(training.Id, "\"1\"", "Lớp A", "2025-09-01", "2025-09-30", 41),
            EditAsync(training.Id, "\"1\"", "Lớp B", "2025-09-01", "2025-09-30", 42));

        responses
            .Select(r => r.StatusCode)
            .Should()
            .BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        var winner = await responses.Single(r => r.IsSuccessStatusCode).ReadAsync<ClassView>();
        (await TrainingApi.ReadClassAsync(client, training.Id))
            .Should()
            .BeEquivalentTo(
                new
                {
                    winner.Title,
                    winner.Capacity,
                    Version = 2,
                }
            );
    }

    [Fact]
    public async Task Invalid_fields_are_400_naming_each_and_change_nothing()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", capacity: 50);

        var response = await EditAsync(training.Id, null, " ", "2025-09-30", "2025-09-01", 0);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response))
            .Errors.Should()
            .BeEquivalentTo(
                new Dictionary<string, string[]>
                {
                    ["title"] = ["Enter the class title."],
                    ["endDate"] = ["The end date must not be before the start date."],
                    ["capacity"] = ["The number of places must be between 1 and 1000."],
                }
            );
        (await TrainingApi.ReadClassAsync(client, training.Id))
            .Should()
            .BeEquivalentTo(
                new
                {
                    training.Title,
                    training.StartDate,
                    training.EndDate,
                    Capacity = 50,
                    Version = 1,
                }
            );
    }

    [Fact]
    public async Task Capacity_may_not_go_below_the_trainees_enrolled_and_a_larger_one_lets_the_waiting_list_in_by_turn()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", capacity: 2);
        await TrainingApi.EnrolAsync(client, training.Id, "C01", "C02", "C03", "C04");

        var smaller = await EditAsync(training.Id, null, training.Title, "2025-09-01", "2025-09-30", 1);
        var larger = await EditAsync(training.Id, null, training.Title, "2025-09-01", "2025-09-30", 3);

        smaller.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Problem.ReadAsync(smaller))
            .Errors!["capacity"]
            .Should()
            .Equal("must be at least 2, the trainees enrolled");
        larger.StatusCode.Should().Be(HttpStatusCode.OK);
        var view = await larger.ReadAsync<ClassView>();
        (view.Enrolled, view.Waiting, view.Capacity).Should().Be((3, 1, 3));
        view.Trainees.Select(t => (t.PersonCode, t.Status))
            .Should()
            .Equal(("C01", "Enrolled"), ("C02", "Enrolled"), ("C03", "Enrolled"), ("C04", "Waiting"));
    }

    [Fact]
    public async Task A_completed_class_can_no_longer_be_edited()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", capacity: 50);
        var completed = await TrainingApi.CompleteAsync(client, training.Id);

        var response = await EditAsync(training.Id, $"\"{completed.Version}\"", "Muộn", "2025-09-01", "2025-09-30", 50);

        completed.Version.Should().Be(2);
        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await TrainingApi.ReadClassAsync(client, training.Id)).Title.Should().Be(training.Title);
    }

    private Task<HttpResponseMessage> EditAsync(
        int id,
        string? ifMatch,
        string title,
        string start,
        string end,
        int capacity
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/training/classes/{id}")
        {
            Content = JsonContent.Create(new { title, startDate = start, endDate = end, capacity }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }
}
