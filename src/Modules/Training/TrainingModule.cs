using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Training;

/// <summary>The Training module's one public entry. Its use cases land with their own issue; until then it only registers its handlers.</summary>
public static class TrainingModule
{
    public static IServiceCollection AddTraining(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHandlersFrom(typeof(TrainingModule).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapTraining(this IEndpointRouteBuilder app) => app;
}
