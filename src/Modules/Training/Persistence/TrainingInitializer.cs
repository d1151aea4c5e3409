using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Modules;
using Platform.Training.Classes.Complete;

namespace Platform.Training.Persistence;

/// <summary>Checks the Training settings and applies its migrations, after Plans' (its quotas arrive from Plans'
/// notifications).</summary>
internal sealed class TrainingInitializer : IModuleInitializer
{
    public int Order => 10;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // A bad Training:CompletionShare stops start-up here rather than failing the first "complete class" with a 500.
        CompletionRule.Share(services.GetRequiredService<IConfiguration>());
        var db = services.GetRequiredService<TrainingDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await ProvinceBackfill.RunAsync(
            db,
            services.GetRequiredService<IMediator>(),
            services.GetRequiredService<UnitOfWork>(),
            cancellationToken
        );
    }
}
