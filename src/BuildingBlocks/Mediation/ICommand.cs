using MediatR;

namespace Platform.BuildingBlocks.Mediation;

/// <summary>
/// A request that changes data. It runs in the scope's one transaction (<see cref="TransactionBehavior{TRequest,
/// TResponse}"/>), with every module's reaction to the notifications it publishes: all of it is saved, or none of it.
/// </summary>
public interface ICommand;

/// <inheritdoc cref="ICommand"/>
public interface ICommand<out TResponse> : IRequest<TResponse>, ICommand;
