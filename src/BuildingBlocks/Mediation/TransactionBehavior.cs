using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.Mediation;

/// <summary>
/// Runs a command (<see cref="ICommand"/>) in the scope's <see cref="UnitOfWork"/>, after the role check and validation
/// so that a refused request never takes the write lock; a command sent by another command joins its transaction.
/// Queries run without one.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(
        TRequest request,
        CancellationToken cancellationToken,
        RequestHandlerDelegate<TResponse> next
    )
    {
        ArgumentNullException.ThrowIfNull(next);
        return request is ICommand && services.GetService<UnitOfWork>() is { } unitOfWork
            ? unitOfWork.RunAsync(() => next(), cancellationToken)
            : next();
    }
}
