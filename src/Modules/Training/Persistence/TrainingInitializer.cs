using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Modules;

namespace Platform.Training.Persistence;

/// <summary>Applies the Training migrations after Plans' (its quotas arrive from Plans' notifications).</summary>
internal sealed class TrainingInitializer : IModuleInitializer
{
    public int Order => 10;

    public Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TrainingDbContext>().Database.MigrateAsync(cancellationToken);
}
