using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Modules;

namespace Platform.Access.Persistence;

/// <summary>Applies the Access migrations, then records the bootstrap administrator on a database without
/// users.</summary>
internal sealed class AccessInitializer : IModuleInitializer
{
    public int Order => 30;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // A bad key stops start-up before anything is written, whether or not it would be used.
        var key = BootstrapAdministrator.ConfiguredKey(services.GetRequiredService<IConfiguration>());
        var db = services.GetRequiredService<AccessDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await BootstrapAdministrator.EnsureAsync(
            db,
            key,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<AccessInitializer>>(),
            cancellationToken
        );
    }
}
