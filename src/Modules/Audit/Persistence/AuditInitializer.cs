using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Modules;

namespace Platform.Audit.Persistence;

/// <summary>Creates the audit table before any other module starts: their start-up seeding is audited too.</summary>
internal sealed class AuditInitializer : IModuleInitializer
{
    public int Order => -100;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<AuditDbContext>().Database.MigrateAsync(cancellationToken);
}
