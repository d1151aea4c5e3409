using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Support;

/// <summary>
/// The cascaded synthetic province on a clock that starts on 1 November 2021, for tests that move through a reporting
/// season (a fake clock cannot go back, and the TestKit's starts in 2026).
/// </summary>
public sealed class ClockedProvinceFixture : IAsyncLifetime, IDisposable
{
    public static readonly DateTimeOffset Start = new(2021, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ClockedFactory factory = new();

    public FakeTimeProvider Clock => factory.EarlyClock;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = factory.CreateClient();
        await SyntheticProvince.ImportAndCascadeAsync(Client);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public void Dispose() => factory.Dispose();

    private sealed class ClockedFactory : PlatformFactory
    {
        public FakeTimeProvider EarlyClock { get; } = new(Start);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(EarlyClock);
            });
        }
    }
}
