using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Modules;

namespace Platform.Monitoring.Persistence;

/// <summary>Applies the Monitoring migrations at start-up, after Plans' (it asks Plans for the provinces of old
/// activities).</summary>
internal sealed class MonitoringInitializer : IModuleInitializer
{
    public int Order => 20;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MonitoringDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await ProvinceBackfill.RunAsync(
            db,
            services.GetRequiredService<IMediator>(),
            services.GetRequiredService<UnitOfWork>(),
            cancellationToken
        );
    }
}
