using System.Collections.Concurrent;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.TestKit;
using Platform.Training.Contracts;
using Platform.Training.Persistence;

namespace Platform.Training.Tests.Support;

/// <summary>The whole platform, plus a recorder of the TrainingCompleted notifications Training publishes.</summary>
public sealed class TrainingPlatform : PlatformFactory
{
    public ConcurrentQueue<TrainingCompleted> Published { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            services.AddSingleton<INotificationHandler<TrainingCompleted>>(new Recorder(Published))
        );
    }

    internal async Task<T> QueryAsync<T>(Func<TrainingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    internal async Task PublishAsync(INotification notification)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    /// <summary>Every row Training holds, one line each: proof that a refused request wrote nothing.</summary>
    internal Task<List<string>> AllRowsAsync() =>
        QueryAsync(async db =>
        {
            var rows = new List<string>();
            rows.AddRange(
                (await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync()).Select(p =>
                    $"person {p.Id} {p.Code} {p.FullName} {p.UnitCode} {p.Audience} {p.Gender} {p.BirthYear}"
                )
            );
            rows.AddRange(
                (await db.Classes.AsNoTracking().OrderBy(c => c.Id).ToListAsync()).Select(c =>
                    $"class {c.Id} {c.CompletedAtUtc}"
                )
            );
            rows.AddRange(
                (await db.Enrolments.AsNoTracking().OrderBy(e => e.Id).ToListAsync()).Select(e =>
                    $"enrolment {e.Id} {e.ClassId} {e.PersonId} {e.Status} {e.Completed}"
                )
            );
            rows.AddRange(
                (
                    await db
                        .Attendance.AsNoTracking()
                        .OrderBy(a => a.ClassId)
                        .ThenBy(a => a.Session)
                        .ThenBy(a => a.PersonId)
                        .ToListAsync()
                ).Select(a => $"mark {a.ClassId} {a.Session} {a.PersonId}")
            );
            return rows;
        });

    private sealed class Recorder(ConcurrentQueue<TrainingCompleted> published)
        : INotificationHandler<TrainingCompleted>
    {
        public Task Handle(TrainingCompleted notification, CancellationToken cancellationToken)
        {
            published.Enqueue(notification);
            return Task.CompletedTask;
        }
    }
}
