using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Plans.Persistence;
using Platform.TestKit;

namespace Platform.Plans.Tests.Support;

/// <summary>Looks straight into the Plans tables of a running platform, to prove what an import did or did not
/// write.</summary>
internal static class PlansDatabase
{
    public static async Task<T> QueryAsync<T>(this PlatformFactory platform, Func<PlansDbContext, Task<T>> query)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PlansDbContext>());
    }

    /// <summary>Every unit version, one line each, in the order they were written.</summary>
    public static Task<List<string>> UnitRowsAsync(this PlatformFactory platform) =>
        platform.QueryAsync(async db =>
            (
                await db
                    .Units.AsNoTracking()
                    .OrderBy(u => u.Id)
                    .Select(u => new
                    {
                        u.Id,
                        u.Code,
                        u.Name,
                        u.SearchName,
                        u.Type,
                        u.Level,
                        u.ParentId,
                        u.ValidFrom,
                        u.ValidTo,
                    })
                    .ToListAsync()
            ).ConvertAll(u => u.ToString() ?? string.Empty)
        );

    /// <summary>Every recorded statistic, one line each, in the order they were written.</summary>
    public static Task<List<string>> StatisticRowsAsync(this PlatformFactory platform) =>
        platform.QueryAsync(async db => (await db.Statistics.AsNoTracking().OrderBy(s => s.Id)
                .Select(s => new { s.Id, s.UnitId, s.Year, s.Metric, s.Value, s.Source, s.UpdatedAtUtc })
                .ToListAsync())
            .ConvertAll(s => s.ToString() ?? string.Empty));
}
