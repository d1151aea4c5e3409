namespace Platform.Web.Tests.Support;

/// <summary>
/// The tests that share one host and one browser (<see cref="WebPlatform"/>): they run one after another, so a test may
/// move the shared fake clock, but none may change the shared users (create your own to revoke or disable).
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebPlatform>
{
    public const string Name = "Web";
}
