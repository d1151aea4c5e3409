using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.Obligations;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;

namespace Platform.Plans.Obligations;

internal sealed class GetObligationHandler(PlansDbContext db, ICurrentCaller caller)
    : IRequestHandler<GetObligationQuery, ObligationView>
{
    public Task<ObligationView> Handle(GetObligationQuery request, CancellationToken cancellationToken) =>
        db.ViewAsync(request.Id, caller.Scope, cancellationToken);
}
