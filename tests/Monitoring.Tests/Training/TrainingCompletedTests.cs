using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Monitoring.Tests.Support;
using Platform.Training.Contracts;
using static Platform.Monitoring.Tests.Support.SyntheticProvince;

namespace Platform.Monitoring.Tests.Training;

/// <summary>Training publishes TrainingCompleted; Monitoring counts trainees (COLLAB_TRAINED) and classes
/// (COLLAB_CLASSES).</summary>
public sealed class TrainingCompletedTests(CascadedProvinceFixture fixture) : IClassFixture<CascadedProvinceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_completed_class_turns_into_COLLAB_TRAINED_people_and_a_COLLAB_CLASSES_class()
    {
        await PublishAsync(new TrainingCompleted(101, Code, "collaborators", 2022, new DateOnly(2022, 5, 10),
        [
            new("P-001", CommuneCode(30)), new("P-002", CommuneCode(30)), new("P-003", CommuneCode(30)),
            new("P-004", CommuneCode(31)), new("P-005", CommuneCode(31)),
        ]));
        // The same person completing a second class that year is still one person trained.
        await PublishAsync(new TrainingCompleted(102, Code, "collaborators", 2022, new DateOnly(2022, 9, 20),
            [new("P-001", CommuneCode(30)), new("P-006", CommuneCode(31))]));

        var commune = await MonitoringApi.ActualAsync(Client, 2022, CommuneCode(30), "COLLAB_TRAINED");
        var province = await MonitoringApi.ProgressAsync(Client, 2022, Code, "COLLAB_TRAINED");
        var classes = await MonitoringApi.ProgressAsync(Client, 2022, Code, "COLLAB_CLASSES");
        var byMidYear = await MonitoringApi.ActualAsync(
            Client,
            2022,
            Code,
            "COLLAB_TRAINED",
            new DateOnly(2022, 6, 30)
        );

        commune!.Value.Should().Be(3);
        province.Actual.Should().Be(6);
        province.Floor.Should().Be(1_400);
        classes.Actual.Should().Be(2);
        byMidYear!.Value.Should().Be(5);
    }

    [Fact]
    public async Task A_class_published_again_replaces_its_completions_instead_of_adding_them()
    {
        var completed = new TrainingCompleted(201, Code, "collaborators", 2023, new DateOnly(2023, 4, 1),
            [new("Q-001", CommuneCode(32)), new("Q-002", CommuneCode(32))]);
        await PublishAsync(completed);
        await PublishAsync(completed with { Completions = [.. completed.Completions, new("Q-003", CommuneCode(32))] });

        var commune = await MonitoringApi.ActualAsync(Client, 2023, CommuneCode(32), "COLLAB_TRAINED");
        var classes = await MonitoringApi.ActualAsync(Client, 2023, Code, "COLLAB_CLASSES");

        commune!.Value.Should().Be(3);
        classes!.Value.Should().Be(1);
    }

    private async Task PublishAsync(TrainingCompleted notification)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }
}
