using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.BuildingBlocks.Modules;

namespace Platform.Access.Persistence;

/// <summary>Applies the Access migrations, records the bootstrap administrator on a database without users, and makes
/// sure the database holds a key for the web interface's cookies.</summary>
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
        // Made now, one host at a time (start-up is), rather than by whichever host a browser reaches first: hosts
        // starting together on an empty database then sign with one key instead of each with a key of its own.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(AccessInitializer)).Protect([1]);
    }
}
