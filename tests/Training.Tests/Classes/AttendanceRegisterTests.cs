using System.Net;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;
using Platform.Training.Contracts.Classes;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.Classes;

/// <summary>The registers of a class read back session by session (GET /api/training/classes/{id}/attendance,
/// GetAttendanceQuery).</summary>
public sealed class AttendanceRegisterTests : IAsyncLifetime, IDisposable
{
    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;
    private int classId;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(
            client,
            Enumerable.Range(1, 4).Select(i => ($"C{i}", "P9001", "collaborators"))
        );
        classId = (await TrainingApi.CreateClassAsync(client, "P9", sessions: 3, capacity: 3)).Id;
        await TrainingApi.EnrolAsync(client, classId, "C1", "C2", "C3", "C4");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task Each_session_lists_who_was_marked_present_and_a_session_not_taken_lists_nobody()
    {
        await TrainingApi.MarkAsync(client, classId, 1, "C2", "C1");
        await TrainingApi.MarkAsync(client, classId, 3, "C3");

        var attendance = await client.GetAsync<ClassAttendance>($"/api/training/classes/{classId}/attendance");

        attendance.ClassId.Should().Be(classId);
        attendance.Sessions.Should().Be(3);
        attendance
            .Registers.Select(r => (r.Session, string.Join(",", r.Present)))
            .Should()
            .Equal((1, "C1,C2"), (2, ""), (3, "C3"));
    }

    [Fact]
    public async Task A_register_taken_again_replaces_the_first()
    {
        await TrainingApi.MarkAsync(client, classId, 2, "C1", "C2", "C3");
        await TrainingApi.MarkAsync(client, classId, 2, "C3");

        var attendance = await client.GetAsync<ClassAttendance>($"/api/training/classes/{classId}/attendance");

        attendance.Registers[1].Present.Should().Equal("C3");
    }

    [Fact]
    public async Task A_class_of_another_province_is_not_found()
    {
        var other = platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.TrainingCoordinator, UnitScope.Province("P8"))
        );

        var response = await other.GetAsync($"/api/training/classes/{classId}/attendance");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response)).Detail.Should().Be($"No training class has the id {classId}.");
    }
}
