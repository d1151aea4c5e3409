using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;

namespace Platform.Web.Tests.Support;

/// <summary>
/// The real host on a free loopback port (Kestrel, not the in-memory test server: a browser needs a socket) over a
/// fresh SQLite file, with a <see cref="RunningClock"/> from <see cref="PlatformFactory.DefaultNow"/>, the 2025
/// register, four statistics of Đồng Nai and the people of <see cref="WebUsers"/>; and one Chromium (Debian's) for
/// every test of the collection that shares it. Each test opens its own browser context (<see cref="BrowserTest"/>), so
/// cookies never leak from one test to the next. Derive from it to seed more (<see cref="SeedAsync"/>) for a collection
/// of your own.
/// </summary>
public class WebPlatform : PlatformFactory, IAsyncLifetime
{
    /// <summary>The idle time of a session on this host (<c>Web:SessionIdleMinutes</c>), not the default 30, so a test
    /// can tell the setting is read.</summary>
    public const int SessionIdleMinutes = 20;

    /// <summary>Đồng Nai's figures (as the OData tests' fixture), so VN-2026-2030 can be generated for 75 with real
    /// denominators.</summary>
    public const string DongNaiStatistics = """
        unit_code,year,metric,value,source
        75,2026,working_age_labour_force,1850000,Cục Thống kê Đồng Nai 2026
        75,2026,collaborators,2000,BHXH tỉnh Đồng Nai
        75,2026,mass_organisations,5,Ủy ban MTTQ tỉnh Đồng Nai
        75,2027,working_age_labour_force,1900000,Cục Thống kê Đồng Nai 2027
        """;

    private IPlaywright? playwright;

    public WebPlatform()
    {
        // A socket on 127.0.0.1 with a port of the system's choosing: tests never collide with a host someone runs.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>
    /// The host's clock: <see cref="PlatformFactory.DefaultNow"/> at start, then real time, plus what tests
    /// <see cref="RunningClock.Advance"/> (the base class's frozen fake clock is not used by this host).
    /// </summary>
    public new RunningClock Clock { get; } = new(DefaultNow);

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The one browser of this fixture; tests open contexts on it (<see cref="BrowserTest"/>), never close
    /// it.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A client of the admin API as the bootstrap administrator (English texts).</summary>
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>The people every web test may sign in as; their keys stay valid (tests that revoke or disable create
    /// their own).</summary>
    public WebUsers Users { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The browser starts while the host starts and is seeded: both take seconds.
        var browser = LaunchBrowserAsync();
        try
        {
            await StartAndSeedAsync();
        }
        finally
        {
            Browser = await browser;
        }
    }

    private async Task<IBrowser> LaunchBrowserAsync()
    {
        playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
    }

    private async Task StartAndSeedAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.Single().TrimEnd('/');
        ClientOptions.BaseAddress = new Uri(BaseUrl + "/");
        Admin = CreateClient();

        (await Admin.PostCsvAsync("/api/units/import", SharedData.UnitsCsv())).EnsureSuccessStatusCode();
        (await Admin.PostCsvAsync("/api/statistics/import", DongNaiStatistics)).EnsureSuccessStatusCode();
        Users = new WebUsers(
            Administrator: new WebUser(AdminName, AdminKey, KeyId: "", PlatformRoles.Administrator, "VN"),
            Planner75: await CreateUserAsync("hoa", PlatformRoles.ProvincialPlanner, "75", "Nguyễn Thị Hoa"),
            Planner79: await CreateUserAsync("tuan", PlatformRoles.ProvincialPlanner, "79", "Trần Minh Tuấn"),
            Coordinator75: await CreateUserAsync("mai", PlatformRoles.TrainingCoordinator, "75", "Lê Thị Mai"),
            CommuneOfficer: await CreateUserAsync(
                "binh",
                PlatformRoles.CommuneOfficer,
                WebUsers.CommuneCode,
                "Phạm Văn Bình"
            )
        );
        await SeedAsync(Admin);
    }

    /// <summary>More data for a derived fixture, through the API as the administrator, after the register and the
    /// users.</summary>
    protected virtual Task SeedAsync(HttpClient admin) => Task.CompletedTask;

    /// <summary>A new user with one role over <paramref name="scope"/> (VN, a province or a commune code) and a first
    /// key, through the admin API.</summary>
    public async Task<WebUser> CreateUserAsync(string name, string role, string scope, string? displayName = null)
    {
        var response = await Admin.PostAsJsonAsync(
            "/api/admin/users",
            new
            {
                name,
                displayName,
                roles = new[] { role },
                scope,
            }
        );
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating user '{name}' answered {(int)response.StatusCode}: {body}");
        }

        var key = JsonDocument.Parse(body).RootElement.GetProperty("key");
        return new WebUser(
            name,
            key.GetProperty("key").GetString()!,
            key.GetProperty("keyId").GetString()!,
            role,
            scope
        );
    }

    /// <summary>Revokes the key <paramref name="user"/> signed in with, through the admin API.</summary>
    public async Task RevokeKeyAsync(WebUser user) =>
        (await Admin.DeleteAsync($"/api/admin/users/{user.Name}/keys/{user.KeyId}")).EnsureSuccessStatusCode();

    /// <summary>Disables <paramref name="user"/>, through the admin API.</summary>
    public async Task DisableAsync(WebUser user) =>
        (await Admin.PostAsync($"/api/admin/users/{user.Name}/disable", null)).EnsureSuccessStatusCode();

    /// <summary>An absolute address on this host: <c>Url("/units/75")</c>.</summary>
    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Said also as a setting, so the host does not ask for its default address (Kestrel listens as the constructor
        // says).
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // The host's log stays out of the test output but for what goes wrong.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting(
            "Web:SessionIdleMinutes",
            SessionIdleMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        // The host and its database go with Dispose, which xunit calls after this.
        playwright?.Dispose();
    }
}
