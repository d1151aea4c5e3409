using Microsoft.Playwright;

namespace Platform.Web.Tests.Training;

internal static class TrainingPageExtensions
{
    /// <summary>
    /// Waits until the confirmations ("Đã lưu…") have faded away: axe measures the contrast of a message half faded
    /// out, which no reader sees for more than a moment.
    /// </summary>
    public static Task WhenSnackbarsGoneAsync(this IPage page) =>
        Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });

    /// <summary>The message under a field of a MudBlazor form (its helper or its error), by the field's input
    /// id.</summary>
    public static ILocator FieldMessage(this IPage page, string inputId) =>
        page.Locator($".mud-input-control:has(#{inputId}) .mud-input-helper-text");
}
