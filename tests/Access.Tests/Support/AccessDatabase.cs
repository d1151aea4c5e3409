using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Persistence;
using Platform.TestKit;

namespace Platform.Access.Tests.Support;

/// <summary>Looks straight into the Access tables of a running platform.</summary>
internal static class AccessDatabase
{
    public static async Task<T> AccessQueryAsync<T>(this PlatformFactory platform, Func<AccessDbContext, Task<T>> query)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AccessDbContext>());
    }

    public static Task<List<string>> UserNamesAsync(this PlatformFactory platform) =>
        platform.AccessQueryAsync(db => db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Name).ToListAsync());
}
