using Microsoft.Playwright;

namespace Platform.Web.Tests.Support;

/// <summary>
/// Debian's Chromium (<c>apt-get install chromium</c>, as .ci/run does), driven by Playwright: Playwright's own browser
/// download cannot work on the build machines, and the tests never ask for it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>A quiet browser that never calls home: no GPU, no QUIC, no first-run, no background traffic, no
    /// updates.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: install Debian's Chromium (sudo apt-get install -y chromium), as "
                    + $".ci/run does."
            );
        }

        // Nothing may download a browser, even by accident.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = [.. Arguments] };
    }
}
