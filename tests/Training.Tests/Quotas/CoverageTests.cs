using Platform.Training.Quotas;
using Platform.Training.Tests.Support;
using Platform.Training.Contracts.Quotas;

namespace Platform.Training.Tests.Quotas;

/// <summary>Coverage counts distinct people, by the unit they are registered in, and rolls up from summed
/// counts.</summary>
public sealed class CoverageTests : IAsyncLifetime, IDisposable
{
    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(
            client,
            [
                ("A1", "P9001", "collaborators"),
                ("A2", "P9001", "collaborators"),
                ("A3", "P9001", "collaborators"),
                ("B1", "P9002", "collaborators"),
                ("B2", "P9002", "collaborators"),
                ("Z1", "P8001", "collaborators"),
                ("Z2", "P8001", "collaborators"),
                ("Z3", "P8001", "collaborators"),
                ("Z4", "P8001", "collaborators"),
                ("S1", "P9", "communication_staff"),
            ]
        );

        // P9: A1 completes two classes, A2 and B1 one; A3 enrolled but absent. P8: one of four completes.
        var first = await TrainingApi.CreateClassAsync(client, "P9", sessions: 2);
        await TrainingApi.EnrolAsync(client, first.Id, "A1", "A2", "A3");
        await TrainingApi.AttendAsync(client, first.Id, 2, new Dictionary<string, int> { ["A1"] = 2, ["A2"] = 2 });
        await TrainingApi.CompleteAsync(client, first.Id);
        var second = await TrainingApi.CreateClassAsync(
            client,
            "P9",
            sessions: 2,
            start: new DateOnly(2025, 10, 1),
            end: new DateOnly(2025, 10, 2)
        );
        await TrainingApi.EnrolAsync(client, second.Id, "A1", "B1");
        await TrainingApi.AttendAsync(client, second.Id, 2, new Dictionary<string, int> { ["A1"] = 2, ["B1"] = 2 });
        await TrainingApi.CompleteAsync(client, second.Id);
        var scheduled = await TrainingApi.CreateClassAsync(
            client,
            "P9002",
            sessions: 2,
            start: new DateOnly(2025, 11, 1),
            end: new DateOnly(2025, 11, 2)
        );
        await TrainingApi.EnrolAsync(client, scheduled.Id, "B2");
        var p8 = await TrainingApi.CreateClassAsync(client, "P8", sessions: 1);
        await TrainingApi.EnrolAsync(client, p8.Id, "Z1", "Z2");
        await TrainingApi.MarkAsync(client, p8.Id, 1, "Z1");
        await TrainingApi.CompleteAsync(client, p8.Id);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    private static TrainingQuotaRow Collaborators(IEnumerable<TrainingQuotaRow> rows, string unit) =>
        rows.Single(r => r.UnitCode == unit && r.Audience == "collaborators");

    [Fact]
    public async Task A_person_who_completed_two_classes_counts_once()
    {
        var report = await TrainingApi.QuotasAsync(client, "P9", 2025);

        var p9001 = Collaborators(report.Subordinates, "P9001");
        p9001.Registered.Should().Be(3);
        p9001.Trained.Should().Be(2);
        p9001.CoveragePercent.Should().Be(66.67);
        Collaborators(report.Unit, "P9").Trained.Should().Be(3);
    }

    [Fact]
    public async Task Classes_count_at_the_unit_that_holds_them_and_roll_up_scheduled_and_held()
    {
        var report = await TrainingApi.QuotasAsync(client, "P9", 2025);

        var p9 = Collaborators(report.Unit, "P9");
        (p9.ClassesScheduled, p9.ClassesHeld).Should().Be((3L, 2L));
        var p9002 = Collaborators(report.Subordinates, "P9002");
        (p9002.ClassesScheduled, p9002.ClassesHeld, p9002.Registered, p9002.Trained, p9002.CoveragePercent)
            .Should()
            .Be((1L, 0L, 2L, 1L, (double?)50.0));
    }

    [Fact]
    public async Task The_nation_sums_the_provinces_and_recomputes_coverage_from_the_sums_never_averaging_percentages()
    {
        var report = await TrainingApi.QuotasAsync(client, "VN", 2025);

        var p9 = Collaborators(report.Subordinates, "P9");
        var p8 = Collaborators(report.Subordinates, "P8");
        var nation = Collaborators(report.Unit, "VN");
        (p9.Registered, p9.Trained, p9.CoveragePercent).Should().Be((5L, 3L, (double?)60.0));
        (p8.Registered, p8.Trained, p8.CoveragePercent).Should().Be((4L, 1L, (double?)25.0));
        (nation.Registered, nation.Trained, nation.ClassesScheduled, nation.ClassesHeld).Should().Be((9L, 4L, 4L, 3L));
        nation.CoveragePercent.Should().Be(44.44, "4 of 9, not the mean of 60% and 25%");
        (nation.RegisteredTrainedPercent, nation.TraineesFloorPercent, nation.TraineesGap)
            .Should()
            .Be(((double?)44.44, (double?)null, (long?)null), "no quota is set");
        report
            .Unit.Single(r => r.Audience == "communication_staff")
            .Should()
            .BeEquivalentTo(
                new
                {
                    Registered = 1L,
                    Trained = 0L,
                    CoveragePercent = 0.0,
                }
            );
    }

    [Fact]
    public async Task Completions_of_another_year_do_not_count()
    {
        var report = await TrainingApi.QuotasAsync(client, "VN", 2026);

        var nation = Collaborators(report.Unit, "VN");
        (nation.Registered, nation.Trained, nation.ClassesScheduled, nation.CoveragePercent)
            .Should()
            .Be((9L, 0L, 0L, (double?)0.0));
    }

    [Fact]
    public async Task Quotas_of_an_unknown_unit_are_not_found_and_a_missing_year_is_a_bad_request()
    {
        (await client.GetAsync("/api/training/quotas?unitCode=ZZ&year=2025"))
            .StatusCode.Should()
            .Be(System.Net.HttpStatusCode.NotFound);
        var response = await client.GetAsync("/api/training/quotas?unitCode=VN");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainKey("year");
    }
}
