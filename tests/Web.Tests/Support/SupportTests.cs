using Platform.Web.Tests.Support;

namespace Platform.Web.Tests;

/// <summary>The fixture's own checks can fail: axe on a page with an unlabelled field and an image without
/// text.</summary>
[Collection(WebCollection.Name)]
public sealed class SupportTests(WebPlatform platform) : BrowserTest(platform)
{
    [Fact]
    public async Task AssertAccessibleAsync_fails_on_a_page_with_an_unlabelled_field_naming_the_rule_and_the_element()
    {
        await Page.SetContentAsync(
            "<!DOCTYPE html><html lang=\"vi\"><head><title>Thử</title></head><body><main><h1>Thử</h1><input "
                + "id=\"bare\"></main></body></html>"
        );

        var failing = async () => await Page.AssertAccessibleAsync();

        (await failing.Should().ThrowAsync<Exception>())
            .Which.Message.Should()
            .Contain("- label (critical)")
            .And.Contain("#bare");
    }
}
