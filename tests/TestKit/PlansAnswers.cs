using MediatR;
using Platform.Plans.Contracts;

namespace Platform.TestKit;

/// <summary>
/// A mediator that answers the Plans questions a calculator asks with fixed data: the unit tree (the same on every
/// date) and the units with a plan. Lets a module's calculator run on its own DbContext without the platform; any
/// other request is a test mistake and throws.
/// </summary>
public sealed class PlansAnswers(IReadOnlyList<UnitNode> tree, IReadOnlyList<string>? unitsWithPlan = null) : IMediator
{
    public Task<TResponse> Send<TResponse>(
        IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        request switch
        {
            GetUnitTreeQuery => Task.FromResult((TResponse)(object)new UnitTree(tree)),
            GetUnitsWithPlanQuery => Task.FromResult((TResponse)(object)(unitsWithPlan ?? [])),
            _ => throw new NotSupportedException(
                $"{nameof(PlansAnswers)} answers the unit tree and the units with a plan, "
                + $"not {request.GetType().Name}."),
        };

    public Task Send(IRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{nameof(PlansAnswers)} sends no command ({request.GetType().Name}).");

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification =>
        throw new NotSupportedException($"{nameof(PlansAnswers)} publishes nothing ({typeof(TNotification).Name}).");
}
