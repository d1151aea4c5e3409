using Platform.Web.Tests.Support;

namespace Platform.Web.Tests.Account;

/// <summary>Everything from the keyboard: the sign-in form with Tab and Enter only.</summary>
[Collection(WebCollection.Name)]
public sealed class KeyboardTests(WebPlatform platform) : BrowserTest(platform)
{
    [Fact]
    public async Task The_sign_in_form_is_filled_and_sent_with_Tab_typing_and_Enter_only()
    {
        var hoa = Platform.Users.Planner75;
        await Page.GotoAsync("/sign-in");

        // The first Tab lands on the user name, or on the language link just before it.
        var first = await TabAsync();
        first.Should().BeOneOf("user-name", "language-switch");
        if (first == "language-switch")
        {
            (await TabAsync()).Should().Be("user-name");
        }

        await Page.Keyboard.TypeAsync(hoa.Name);
        (await TabAsync()).Should().Be("key");
        await Page.Keyboard.TypeAsync(hoa.Key);
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForURLAsync(Platform.Url("/"));
        await Page.WaitForInteractiveAsync();
        (await Page.Locator("[data-testid=signed-in-user]").InnerTextAsync()).Should().Be(hoa.Name);
    }

    [Fact]
    public async Task The_sign_in_button_is_reached_with_Tab_and_pressed_with_Enter()
    {
        var hoa = Platform.Users.Planner75;
        await Page.GotoAsync("/sign-in");
        await Page.Locator("#user-name").FocusAsync();
        await Page.Keyboard.TypeAsync(hoa.Name);
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(hoa.Key);

        (await TabAsync()).Should().Be("sign-in-submit");
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForURLAsync(Platform.Url("/"));
    }

    /// <summary>Presses Tab and names what has the focus: its id, or its data-testid.</summary>
    private async Task<string> TabAsync()
    {
        await Page.Keyboard.PressAsync("Tab");
        return await Page.EvaluateAsync<string>(
            "() => document.activeElement.id || document.activeElement.dataset.testid || "
                + "document.activeElement.outerHTML"
        );
    }
}
