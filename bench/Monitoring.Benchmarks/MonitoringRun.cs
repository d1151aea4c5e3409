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
    private const string AdminKey = "monitoring-benchmark-admin-key";

    public string Folder { get; } =
        Path.Combine(Path.GetTempPath(), "platform-monitoring-bench", Guid.NewGuid().ToString("N"));

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
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    /// <summary>The benchmark's HTTP requests sign in as the bootstrap administrator of its fresh database.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("admin:" + AdminKey)));
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
