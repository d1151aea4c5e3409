using MediatR;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts;
using Platform.Training.Persistence;

namespace Platform.Training.Quotas;

/// <summary>
/// Keeps Training's copy of the training obligations (those <see cref="QuotaIndicators"/> maps), in the transaction
/// of the command that changed them.
/// </summary>
internal sealed class ObligationsChangedHandler(TrainingDbContext db, UnitOfWork unitOfWork)
    : INotificationHandler<ObligationsChanged>
{
    public Task Handle(ObligationsChanged notification, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            () =>
                ObligationCopies.ApplyAsync<QuotaObligation>(
                    db,
                    notification.Obligations.Where(o => QuotaIndicators.Map(o.IndicatorCode) is not null),
                    cancellationToken
                ),
            cancellationToken
        );
}
