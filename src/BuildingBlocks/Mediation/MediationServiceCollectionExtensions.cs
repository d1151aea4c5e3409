using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.BuildingBlocks.Mediation;

/// <summary>
/// MediatR 5.1.0 ships no DI extension package on this registry, so the wiring lives here:
/// the <see cref="ServiceFactory"/> delegate over Microsoft DI, the mediator, its pipeline (the role check, validation,
/// then a command's transaction),
/// and assembly scanning for request handlers, notification handlers and FluentValidation validators. The role check
/// needs an <see cref="Security.ICurrentCaller"/>: the host registers it (AddPlatformCaller).
/// </summary>
public static class MediationServiceCollectionExtensions
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IValidator<>),
    ];

    public static IServiceCollection AddPlatformMediation(this IServiceCollection services)
    {
        services.TryAddScoped<ServiceFactory>(provider => provider.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        // The first behaviour registered runs first: a caller without the role is refused before their input is judged.
        services.TryAddEnumerable(
            ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(PermissionBehavior<,>))
        );
        services.TryAddEnumerable(
            ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>))
        );
        // Then a command takes the scope's transaction, which its notification handlers share.
        services.TryAddEnumerable(
            ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>))
        );
        return services;
    }

    /// <summary>Registers every handler and validator declared in <paramref name="assembly"/>.</summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (
            var type in assembly
                .GetTypes()
                .Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false })
        )
        {
            foreach (var contract in type.GetInterfaces().Where(IsHandlerInterface))
            {
                services.TryAddEnumerable(ServiceDescriptor.Transient(contract, type));
            }
        }

        return services;
    }

    private static bool IsHandlerInterface(Type type) =>
        type.IsGenericType && HandlerInterfaces.Contains(type.GetGenericTypeDefinition());
}
