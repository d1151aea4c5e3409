using Microsoft.Playwright;

namespace Platform.Web.Tests.Support;

/// <summary>
/// A test in the browser of <typeparamref name="TPlatform"/>: each test gets fresh browser contexts (no cookie of
/// another test), a desktop <see cref="Page"/> ready at once and phone pages on demand, all closed when the test ends.
/// </summary>
public abstract class BrowserTest<TPlatform>(TPlatform platform) : IAsyncLifetime
    where TPlatform : WebPlatform
{
    /// <summary>A desktop screen.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>The smallest phone the pages must serve: 360 × 740 CSS pixels, touch.</summary>
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    private readonly List<IBrowserContext> contexts = [];

    protected TPlatform Platform { get; } = platform;

    /// <summary>A desktop page of its own context, in Vietnamese (the browser asks for vi-VN, as the offices'
    /// do).</summary>
    protected IPage Page { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Page = await NewDesktopPageAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    /// <summary>A page in a new context (its own cookies) at desktop size.</summary>
    protected Task<IPage> NewDesktopPageAsync(string locale = "vi-VN") =>
        NewPageAsync(new BrowserNewContextOptions { ViewportSize = Desktop, Locale = locale });

    /// <summary>A page in a new context (its own cookies) on a 360-px-wide touch phone.</summary>
    protected Task<IPage> NewPhonePageAsync(string locale = "vi-VN") =>
        NewPageAsync(
            new BrowserNewContextOptions
            {
                ViewportSize = Phone,
                IsMobile = true,
                HasTouch = true,
                Locale = locale,
            }
        );

    /// <summary>A page in a new context made with <paramref name="options"/>; its base address is the host's.</summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseURL = Platform.BaseUrl;
        var context = await Platform.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        contexts.Add(context);
        return await context.NewPageAsync();
    }
}

/// <summary>A test in the browser of the shared <see cref="WebPlatform"/> (collection
/// <see cref="WebCollection"/>).</summary>
public abstract class BrowserTest(WebPlatform platform) : BrowserTest<WebPlatform>(platform);
