using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Monitoring.Benchmarks;

/// <summary>
/// The whole platform as the Host composes it (migrations and seed at start-up) over a fresh SQLite file in a temp
/// folder, with the system clock; requests go through HTTP or IMediator as the endpoints send them.
/// </summary>
internal sealed class MonitoringRun : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "platform-monitoring-bench", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "platform.db");

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task PublishAsync(INotification notification) =>
        InScopeAsync<bool>(async services =>
        {
            await services.GetRequiredService<IMediator>().Publish(notification);
            return true;
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("ConnectionStrings:Platform", $"Data Source={DatabasePath}");
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
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
