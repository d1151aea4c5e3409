using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Plans.Cascade;
using Platform.Plans.Cascade.Generate;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Benchmarks;

/// <summary>
/// The whole platform as the Host composes it (Program, AddPlatform, migrations and seed at start-up) over a fresh
/// SQLite file in a temp folder; requests go through IMediator as the API's endpoints send them.
/// </summary>
internal sealed class PlatformRun : WebApplicationFactory<Program>
{
    /// <summary>The bootstrap administrator's key: the web pages' benchmark signs in with it.</summary>
    public const string AdminKey = "bench-admin-key-0123456789abcdef";

    private readonly bool ownsFolder;

    public PlatformRun()
        : this(Path.Combine(Path.GetTempPath(), "platform-bench", Guid.NewGuid().ToString("N")), ownsFolder: true)
    {
    }

    /// <summary>A host over the PostgreSQL database of <paramref name="postgres"/> (an empty one, created by the
    /// caller).</summary>
    public static PlatformRun OnPostgreSql(string postgres) => new() { Postgres = postgres };

    /// <summary>The PostgreSQL connection string, or null for the SQLite file in <see cref="Folder"/>.</summary>
    public string? Postgres { get; private init; }

    /// <summary>A host over the database another run wrote in <paramref name="folder"/>, as a restart; the folder is
    /// left to its owner.</summary>
    public PlatformRun(string folder)
        : this(folder, ownsFolder: false)
    {
    }

    private PlatformRun(string folder, bool ownsFolder)
    {
        Folder = folder;
        this.ownsFolder = ownsFolder;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "platform.db");

    public CascadeCalculator Calculator => Services.GetRequiredService<CascadeCalculator>();

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public Task<GenerationResult> GenerateNationalCascadeAsync() =>
        SendAsync(new GenerateSubordinatePlansCommand(NationalPlans.To2030, All: true, Cascade: true));

    /// <summary>Back to the state before the first generation: no subordinate plans, no obligations, a compact file and
    /// an empty WAL.</summary>
    public async Task ResetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<PlansDbContext>().Database;
        if (Postgres is not null)
        {
            await database.ExecuteSqlRawAsync("DELETE FROM plans.plans_obligations;");
            while (
                await database.ExecuteSqlRawAsync(
                    "DELETE FROM plans.plans_plans WHERE \"ParentPlanId\" IS NOT NULL AND \"Id\" NOT IN "
                        + "(SELECT \"ParentPlanId\" FROM plans.plans_plans WHERE \"ParentPlanId\" IS NOT NULL);"
                ) > 0
            ) { }

            await database.ExecuteSqlRawAsync("VACUUM ANALYZE;");
            return;
        }

        await database.ExecuteSqlRawAsync("DELETE FROM plans_obligations;");
        // Plans restrict deleting a parent that still has children: delete leaves until only the national plans are
        // left.
        while (
            await database.ExecuteSqlRawAsync(
                "DELETE FROM plans_plans WHERE ParentPlanId IS NOT NULL AND Id NOT IN (SELECT ParentPlanId FROM "
                    + "plans_plans WHERE ParentPlanId IS NOT NULL);"
            ) > 0
        ) { }

        await database.ExecuteSqlRawAsync("VACUUM;");
        await database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>The persisted obligations of the cascade, by the benchmark's unit ids.</summary>
    public async Task<ObligationTable> ReadObligationsAsync(NationalData data)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlansDbContext>();
        var ids = data.ById.ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
        var table = new ObligationTable(data.ById.Length);
        var rows = await db.Obligations.AsNoTracking()
            .Select(o => new { o.UnitCode, o.IndicatorCode, o.Year, o.Floor, o.Stretch, o.MissingData }).ToListAsync();
        foreach (var o in rows)
        {
            table.Set(
                ids[o.UnitCode],
                ObligationTable.IndexOf(o.IndicatorCode),
                o.Year,
                o.Floor,
                o.Stretch,
                o.MissingData
            );
        }

        return table;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        // As the Host runs when published: content root = the binaries' folder (appsettings.json and rules/ are copied
        // there).
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("ConnectionStrings:Platform", Postgres ?? $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", Postgres is null ? "Sqlite" : "PostgreSQL");
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        // The cascade logs a line per tenth of its progress; a console logger would time the terminal, not the
        // platform.
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsFolder)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the machine's temp clean-up.
            }
        }
    }
}
