using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Modules;

namespace Platform.Monitoring.Persistence;

/// <summary>Applies the Monitoring migrations at start-up.</summary>
internal sealed class MonitoringInitializer : IModuleInitializer
{
    public int Order => 20;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<MonitoringDbContext>().Database.MigrateAsync(cancellationToken);
}
