using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Platform.TestKit;

namespace Platform.Web.Tests.Support;

/// <summary>What the web tests do to a page: sign in, open a page and wait for it to react, check it with axe, take its
/// picture.</summary>
public static class PageExtensions
{
    /// <summary>Set to 1 to write the pictures of <see cref="ScreenshotAsync"/> to docs/ui/ (never in CI: it would
    /// dirty the tree).</summary>
    public const string ScreenshotsVariable = "PLATFORM_UI_SCREENSHOTS";

    /// <summary>
    /// Signs in through the sign-in form as a person would (user name, key, the button), then waits for the page it
    /// lands on (<paramref name="returnUrl"/>, or the unit tree) to react.
    /// </summary>
    public static async Task SignInAsync(this IPage page, WebUser user, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        await page.SignInAsync(user.Name, user.Key, returnUrl);
    }

    public static async Task SignInAsync(this IPage page, string userName, string key, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(returnUrl is null ? "/sign-in" : $"/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("#user-name").FillAsync(userName);
        await page.Locator("#key").FillAsync(key);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/sign-in", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Opens <paramref name="path"/> (e.g. <c>/units/75</c>) and waits until the page reacts (its live
    /// connection is up).</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>
    /// Waits until the page's components run in the browser's live connection (the layout marks itself
    /// <c>data-interactive="true"</c>): before that a click on a button of the server-rendered page does nothing.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("[data-interactive=true]")
            .First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Runs axe-core on the page as it is now and fails on any violation of impact serious or critical, listing each
    /// (rule, impact, help, and where: selector and HTML). Moderate and minor findings are not failures.
    /// Axe measures colours as they are painted, so it first waits for every finite animation on the page (a message
    /// fading in) to end: half-way through a fade the text is paler than the reader ever sees it at rest.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EvaluateAsync(
            """
            () => Promise.race([
                Promise.all(document.getAnimations()
                    .filter(a => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
                    .map(a => a.finished.catch(() => null))),
                new Promise(resolve => setTimeout(resolve, 3000)),
            ])
            """);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var report = string.Join(
            "\n",
            serious.SelectMany(v =>
                v.Nodes.Select(n =>
                    $"- {v.Id} ({v.Impact}): {v.Help}\n    at {n.Target}: {Shorten(n.Html)}\n    "
                        + string.Join(
                            "; ",
                            (n.Any ?? []).Concat(n.All ?? []).Concat(n.None ?? []).Select(c => c.Message))
                )
            )
        );
        serious.Should().BeEmpty($"axe finds no serious or critical violation on {page.Url}, but:\n{report}\n");
    }

    /// <summary>
    /// A picture of what the screen shows (or the whole page, <paramref name="fullPage"/>) to docs/ui/
    /// <paramref name="name"/>.png when <see cref="ScreenshotsVariable"/> is 1 (the README shows them); otherwise
    /// nothing, so a test run leaves the tree as it was. Name it after the page and the screen: <c>plan-desktop</c>,
    /// <c>activity-phone</c>.
    /// </summary>
    public static async Task ScreenshotAsync(this IPage page, string name, bool fullPage = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) != "1")
        {
            return;
        }

        var folder = Path.Combine(SharedData.RepositoryRoot, "docs", "ui");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(
            new()
            {
                Path = Path.Combine(folder, name + ".png"),
                FullPage = fullPage,
                Animations = ScreenshotAnimations.Disabled,
            }
        );
    }

    /// <summary>How wide the document is, in CSS pixels: more than the viewport means the page scrolls
    /// sideways.</summary>
    public static async Task<int> ScrollWidthAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
    }

    /// <summary>The <c>lang</c> of the page's <c>html</c> element.</summary>
    public static Task<string?> LanguageAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("html").GetAttributeAsync("lang");
    }

    /// <summary>The path of the page's address, e.g. <c>/sign-in</c>.</summary>
    public static string PathOf(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Uri(page.Url).AbsolutePath;
    }

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 200 ? html : string.Concat(html.AsSpan(0, 200), "…");
}
