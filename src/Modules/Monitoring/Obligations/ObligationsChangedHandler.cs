using MediatR;
using Platform.BuildingBlocks.Persistence;
using Platform.Monitoring.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Obligations;

/// <summary>Keeps Monitoring's copy of the obligations, in the transaction of the command that changed them.</summary>
internal sealed class ObligationsChangedHandler(MonitoringDbContext db, UnitOfWork unitOfWork)
    : INotificationHandler<ObligationsChanged>
{
    public Task Handle(ObligationsChanged notification, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            () => ObligationCopies.ApplyAsync<MonitoredObligation>(db, notification.Obligations, cancellationToken),
            cancellationToken
        );
}
