using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Platform.Monitoring.Persistence;
using Platform.Training.Contracts;

namespace Platform.Monitoring.Training;

/// <summary>
/// Records a completed class and its completions; they become actuals of the training indicators
/// (<see cref="Catalogue.TrainingAudiences"/>). A class published again replaces what was recorded for it.
/// </summary>
internal sealed class TrainingCompletedHandler(MonitoringDbContext db, UnitOfWork unitOfWork)
    : INotificationHandler<TrainingCompleted>
{
    public Task Handle(TrainingCompleted notification, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(() => RecordAsync(notification, cancellationToken), cancellationToken);

    private async Task RecordAsync(TrainingCompleted notification, CancellationToken cancellationToken)
    {
        await db
            .TrainingCompletions.Where(c => c.ClassId == notification.ClassId)
            .ExecuteDeleteAsync(cancellationToken);
        await db.CompletedClasses.Where(c => c.ClassId == notification.ClassId).ExecuteDeleteAsync(cancellationToken);

        db.CompletedClasses.Add(new CompletedClass
        {
            ClassId = notification.ClassId,
            UnitCode = notification.UnitCode,
            Audience = notification.Audience,
            Year = notification.Year,
            EndDate = notification.EndDate,
        });
        db.TrainingCompletions.AddRange(notification.Completions
            .DistinctBy(c => c.PersonCode, StringComparer.Ordinal)
            .Select(c => new TrainingCompletion
            {
                ClassId = notification.ClassId,
                PersonCode = c.PersonCode,
                UnitCode = c.UnitCode,
                Audience = notification.Audience,
                Year = notification.Year,
                EndDate = notification.EndDate,
            }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
