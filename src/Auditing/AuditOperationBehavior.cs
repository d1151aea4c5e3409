using MediatR;

namespace Platform.Auditing;

/// <summary>
/// Names the audit entries of a request after its outermost command (<c>OverrideObligationCommand</c>): the queries
/// it sends and the notification handlers it triggers write under the same name.
/// </summary>
public sealed class AuditOperationBehavior<TRequest, TResponse>(AuditTrail trail)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request,
        CancellationToken cancellationToken,
        RequestHandlerDelegate<TResponse> next
    )
    {
        ArgumentNullException.ThrowIfNull(next);
        if (trail.Operation is not null)
        {
            return await next();
        }

        trail.Operation = typeof(TRequest).Name;
        try
        {
            return await next();
        }
        finally
        {
            trail.Operation = null;
        }
    }
}
