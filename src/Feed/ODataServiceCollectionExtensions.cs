using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Feed;

public static class ODataServiceCollectionExtensions
{
    /// <summary>
    /// Adds a module's entity sets to the feed at <c>/odata</c>: registers its <see cref="IODataModelContributor"/> and
    /// makes the module's assembly an MVC application part, so its ODataControllers are found; the sets' rows are kept
    /// by the one <see cref="FeedRows"/>.
    /// </summary>
    public static IServiceCollection AddODataSets<TContributor>(this IServiceCollection services)
        where TContributor : class, IODataModelContributor
    {
        services.AddSingleton<IODataModelContributor, TContributor>();
        services.TryAddSingleton<FeedRows>();
        var parts = services.AddControllers().PartManager.ApplicationParts;
        var assembly = typeof(TContributor).Assembly;
        if (!parts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
        {
            parts.Add(new AssemblyPart(assembly));
        }

        return services;
    }
}
