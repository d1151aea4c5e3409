using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Training.Contracts.ReadModels;
using Platform.Training.ReadModel;
using Platform.Training.Tests.Support;

namespace Platform.Training.Tests.ReadModel;

/// <summary>The flat sets the OData feed will expose: filters, ordering and paging compose and run in SQLite.</summary>
public sealed class ReadModelTests : IAsyncLifetime, IDisposable
{
    private readonly TrainingPlatform platform = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(client);
        await TrainingApi.RegisterAsync(
            client,
            [("A1", "P9001", "collaborators"), ("A2", "P9002", "collaborators"), ("S1", "P9", "communication_staff")]
        );
        var training = await TrainingApi.CreateClassAsync(client, "P9", sessions: 2, capacity: 1);
        await TrainingApi.EnrolAsync(client, training.Id, "A1", "A2");
        await TrainingApi.AttendAsync(client, training.Id, 2, new Dictionary<string, int> { ["A1"] = 2 });
        await TrainingApi.CompleteAsync(client, training.Id);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => platform.Dispose();

    private async Task<T> ReadAsync<T>(Func<TrainingReadModel, Task<T>> read)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TrainingReadModel>());
    }

    [Fact]
    public async Task The_four_sets_filter_order_and_page_in_SQL()
    {
        var trainees = await ReadAsync(m =>
            m.Trainees.Where(t => t.Audience == "collaborators")
                .OrderByDescending(t => t.PersonCode)
                .Skip(0)
                .Take(5)
                .Select(t => t.PersonCode)
                .ToListAsync()
        );
        var classes = await ReadAsync(m => m.TrainingClasses.Where(c => c.Completed && c.Year == 2025).ToListAsync());
        var enrolments = await ReadAsync(m =>
            m.Enrolments.Where(e => e.Status == "Waiting").Select(e => e.PersonCode).ToListAsync()
        );
        var attendance = await ReadAsync(m =>
            m.Attendance.Where(a => a.PersonUnitCode == "P9001")
                .GroupBy(a => a.PersonCode)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToListAsync()
        );

        trainees.Should().Equal("A2", "A1");
        classes
            .Should()
            .ContainSingle()
            .Which.Should()
            .BeEquivalentTo(
                new
                {
                    Enrolled = 1,
                    Waiting = 1,
                    CompletedTrainees = 1,
                    Sessions = 2,
                }
            );
        enrolments.Should().Equal("A2");
        attendance.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Key = "A1", Count = 2 });
    }

    [Fact]
    public async Task The_quota_set_has_a_row_per_unit_and_audience_with_coverage_as_a_double()
    {
        var rows = await ReadAsync(m => m.TrainingQuotasAsync(2025, CancellationToken.None));

        rows.Where(r => r.Audience == "collaborators")
            .Select(r => (r.UnitCode, r.ProvinceCode, r.Registered, r.Trained, r.CoveragePercent))
            .Should()
            .Equal(
                ("VN", null, 2L, 1L, 50.0),
                ("P9", "P9", 2L, 1L, 50.0),
                ("P9001", "P9", 1L, 1L, 100.0),
                ("P9002", "P9", 1L, 0L, 0.0)
            );
    }
}
