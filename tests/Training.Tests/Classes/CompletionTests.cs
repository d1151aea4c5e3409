using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Platform.TestKit;
using Platform.Training.Contracts;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.Classes;

public sealed class CompletionTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] SixAndWait = ["SIX", "WAIT"];
    private static readonly string[] SixOnly = ["SIX"];

    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(
            client,
            [
                ("SIX", "P9001", "collaborators"),
                ("SEVEN", "P9002", "collaborators"),
                ("EIGHT", "P9", "collaborators"),
                ("WAIT", "P9", "collaborators"),
            ]
        );
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task Given_8_sessions_When_6_are_attended_Then_75_percent_does_not_complete_and_7_attended_does()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", sessions: 8);
        await TrainingApi.EnrolAsync(client, training.Id, "SIX", "SEVEN", "EIGHT");
        await TrainingApi.AttendAsync(
            client,
            training.Id,
            8,
            new Dictionary<string, int>
            {
                ["SIX"] = 6,
                ["SEVEN"] = 7,
                ["EIGHT"] = 8,
            }
        );

        var completed = await TrainingApi.CompleteAsync(client, training.Id);

        completed.Completed.Should().BeTrue();
        completed.CompletionShare.Should().Be(0.8);
        completed.Trainees.Select(t => (t.PersonCode, t.AttendedSessions, t.Completed)).Should().BeEquivalentTo(new[]
        {
            ("SIX", 6, (bool?)false), ("SEVEN", 7, (bool?)true), ("EIGHT", 8, (bool?)true),
        });
        completed.CompletedTrainees.Should().Be(2);
    }

    [Fact]
    public async Task The_completion_share_is_configurable_so_at_75_percent_6_of_8_completes()
    {
        using var lenient = platform.WithWebHostBuilder(b => b.UseSetting("Training:CompletionShare", "0.75"));
        var other = lenient.CreateClient();
        var training = await TrainingApi.CreateClassAsync(other, "P9", sessions: 8);
        await TrainingApi.EnrolAsync(other, training.Id, "SIX");
        await TrainingApi.AttendAsync(other, training.Id, 8, new Dictionary<string, int> { ["SIX"] = 6 });

        var completed = await TrainingApi.CompleteAsync(other, training.Id);

        completed.CompletionShare.Should().Be(0.75);
        completed.Trainees.Single().Completed.Should().BeTrue();
    }

    [Fact]
    public async Task Completing_a_class_publishes_TrainingCompleted_with_the_trainees_who_completed()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", sessions: 4, capacity: 3);
        await TrainingApi.EnrolAsync(client, training.Id, "SIX", "SEVEN", "EIGHT", "WAIT");
        await TrainingApi.AttendAsync(
            client,
            training.Id,
            4,
            new Dictionary<string, int>
            {
                ["SIX"] = 4,
                ["SEVEN"] = 3,
                ["EIGHT"] = 4,
            }
        );

        await TrainingApi.CompleteAsync(client, training.Id);

        var published = platform.Published.Should().ContainSingle().Subject;
        published
            .Should()
            .BeEquivalentTo(
                new
                {
                    ClassId = training.Id,
                    UnitCode = "P9",
                    Audience = "collaborators",
                    Year = 2025,
                    EndDate = new DateOnly(2025, 9, 30),
                }
            );
        published
            .Completions.Should()
            .Equal(new TraineeCompletion("EIGHT", "P9"), new TraineeCompletion("SIX", "P9001"));
    }

    [Fact]
    public async Task Monitoring_turns_the_completions_into_actuals()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", sessions: 1);
        await TrainingApi.EnrolAsync(client, training.Id, "SIX", "SEVEN", "EIGHT");
        await TrainingApi.MarkAsync(client, training.Id, 1, "SIX", "EIGHT");

        await TrainingApi.CompleteAsync(client, training.Id);

        var actuals = await client.GetAsync<List<System.Text.Json.JsonElement>>(
            "/api/monitoring/actuals?year=2025&unitCode=P9"
        );
        actuals
            .ToDictionary(a => a.GetProperty("indicatorCode").GetString()!, a => a.GetProperty("value").GetInt64())
            .Should()
            .BeEquivalentTo(new Dictionary<string, long> { ["COLLAB_TRAINED"] = 2, ["COLLAB_CLASSES"] = 1 });
    }

    [Fact]
    public async Task A_completed_class_cannot_be_completed_again_nor_take_attendance_or_enrolments()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", sessions: 2);
        await TrainingApi.EnrolAsync(client, training.Id, "SIX");
        await TrainingApi.CompleteAsync(client, training.Id);

        (await client.PostAsync($"/api/training/classes/{training.Id}/complete", null))
            .StatusCode.Should()
            .Be(HttpStatusCode.Conflict);
        (await TrainingApi.TryEnrolAsync(client, training.Id, "SEVEN")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (
            await client.PostCsvAsync(
                "/api/training/attendance/import",
                $"class_id,session,person_code\n{training.Id},1,SIX\n"
            )
        )
            .StatusCode.Should()
            .Be(HttpStatusCode.BadRequest);
        platform.Published.Should().ContainSingle();
    }

    [Fact]
    public async Task A_class_cannot_be_completed_before_its_last_day()
    {
        var training = await TrainingApi.CreateClassAsync(
            client,
            "P9",
            start: new DateOnly(2026, 3, 1),
            end: new DateOnly(2026, 3, 20)
        );

        var response = await client.PostAsync($"/api/training/classes/{training.Id}/complete", null);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Problem.ReadAsync(response))
            .Detail.Should()
            .Be($"Class {training.Id} ends on 2026-03-20; it can be completed only after its last session.");
        platform.Published.Should().BeEmpty();
    }

    [Fact]
    public async Task Attendance_of_someone_not_enrolled_or_of_a_session_the_class_does_not_have_is_refused()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", sessions: 2, capacity: 1);
        await TrainingApi.EnrolAsync(client, training.Id, "SIX", "WAIT");
        var before = await platform.AllRowsAsync();

        var waiting = await client.PutAsJsonAsync(
            $"/api/training/classes/{training.Id}/sessions/1/attendance",
            new { present = SixAndWait }
        );
        var noSession = await client.PutAsJsonAsync(
            $"/api/training/classes/{training.Id}/sessions/3/attendance",
            new { present = SixOnly }
        );
        var zero = await client.PutAsJsonAsync(
            $"/api/training/classes/{training.Id}/sessions/0/attendance",
            new { present = SixOnly }
        );

        waiting.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        noSession.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        zero.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await platform.AllRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task An_attendance_file_records_marks_in_bulk_names_bad_rows_and_is_idempotent()
    {
        var training = await TrainingApi.CreateClassAsync(client, "P9", sessions: 2);
        await TrainingApi.EnrolAsync(client, training.Id, "SIX", "SEVEN");
        var bad =
            $"class_id,session,person_code\n{training.Id},1,SIX\n{training.Id},3,SIX\n{training.Id},1,EIGHT\n9999,1,"
            + $"SIX\n";
        var good = $"class_id,session,person_code\n{training.Id},1,SIX\n{training.Id},2,SIX\n{training.Id},1,SEVEN\n";

        var rejected = await client.PostCsvAsync("/api/training/attendance/import", bad);
        var rowsAfterRejection = await platform.AllRowsAsync();
        var first = await (
            await client.PostCsvAsync("/api/training/attendance/import", good)
        ).ReadAsync<Platform.Documents.Tabular.ImportReport>();
        var again = await (
            await client.PostCsvAsync("/api/training/attendance/import", good)
        ).ReadAsync<Platform.Documents.Tabular.ImportReport>();

        rejected.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(rejected))
            .Errors.Should()
            .ContainKeys("row 2", "row 3", "row 4")
            .And.NotContainKey("row 1");
        rowsAfterRejection.Should().NotContain(r => r.StartsWith("mark", StringComparison.Ordinal));
        first.Should().BeEquivalentTo(new { Rows = 3, Added = 3, Unchanged = 0 });
        again.Should().BeEquivalentTo(new { Rows = 3, Added = 0, Unchanged = 3 });
        (await TrainingApi.ReadClassAsync(client, training.Id)).Trainees.Select(t => (t.PersonCode, t.AttendedSessions))
            .Should().Equal(("SIX", 2), ("SEVEN", 1));
    }
}
