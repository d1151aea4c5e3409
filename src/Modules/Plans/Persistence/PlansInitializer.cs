using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Modules;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Microsoft.Extensions.Logging;
using Platform.Plans.Campaigns;
using Platform.Plans.Cascade;
using Platform.Plans.Texts;
using Platform.Plans.Units;
using Platform.Plans.Units.Register;

namespace Platform.Plans.Persistence;

/// <summary>Applies the Plans migrations and, on a fresh database, loads the embedded register, its history and
/// statistics.</summary>
internal sealed partial class PlansInitializer : IModuleInitializer
{
    public int Order => 0;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Compiling the rule set runs its worked examples: a failing one stops start-up here, naming the kind, the
        // example and the reason.
        services.GetRequiredService<CascadeCalculator>();
        var db = services.GetRequiredService<PlansDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        // Once, on a fresh database: a restart, or a database that already holds units, loads nothing (ADR 0016).
        if (!await db.Units.AnyAsync(u => u.Code == ProvinceRegister.NationCode, cancellationToken))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            // In the scope's one transaction (ADR 0022), like a command's writes.
            var report = await services
                .GetRequiredService<UnitOfWork>()
                .RunAsync(
                    () =>
                        RegisterLoader.LoadAsync(
                            db,
                            services.GetRequiredService<IStringLocalizer<PlansTexts>>(),
                            services.GetRequiredService<AuditTrail>(),
                            services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                            cancellationToken
                        ),
                    cancellationToken
                );
            var milliseconds = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var logger = services.GetRequiredService<ILogger<PlansInitializer>>();
            LogLoaded(logger, milliseconds, report.Units, report.Links, report.Statistics);
        }

        await IndicatorSeeder.SyncAsync(db, cancellationToken);
        var campaigns = await NationalPlanSeeder.SeedAsync(
            db,
            services.GetRequiredService<TimeProvider>(),
            cancellationToken
        );
        // Each seeded campaign's quotas landed in one transaction (on SQLite, row by row inside it).
        var cascade = services.GetRequiredService<CampaignCascade>();
        foreach (var campaign in campaigns.Where(c => c.Quotas.Count > 0))
        {
            await services
                .GetRequiredService<UnitOfWork>()
                .RunAsync(() => cascade.RunAsync(campaign, cancellationToken), cancellationToken);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Loaded the embedded register in {Milliseconds} ms: {Units} units, {Links} lineage links, "
            + "{Statistics} statistics"
    )]
    private static partial void LogLoaded(ILogger logger, long milliseconds, int units, int links, int statistics);
}
