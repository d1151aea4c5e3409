using System.Net;
using System.Net.Http.Headers;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests;

/// <summary>Over real Kestrel on loopback (not the in-memory test server) the body limits answer 413 too.</summary>
public sealed class KestrelLimitTests : IDisposable
{
    private readonly PlatformFactory platform = new();
    private readonly HttpClient client;

    public KestrelLimitTests()
    {
        platform.UseKestrel(0);
        platform.StartServer();
        using var probe = platform.CreateClient();
        // HttpClient sends the body anyway when no answer comes within Expect100ContinueTimeout (1 s by default): wait
        // longer on a busy machine.
        client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) })
        {
            BaseAddress = probe.BaseAddress,
        };
        // Signed in as the administrator, as the probe is: the limits are judged for a caller who may upload.
        client.DefaultRequestHeaders.Authorization = probe.DefaultRequestHeaders.Authorization;
    }

    [Fact]
    public async Task A_2_MB_JSON_body_is_answered_413_with_the_limit()
    {
        using var json = await client.PostAsync(
            "/api/monitoring/activities",
            Body(2 * 1024 * 1024, "application/json")
        );

        json.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        Refusal.MessageOf(await json.Content.ReadAsStringAsync()).Should().Contain("larger than 1 MB");
    }

    [Fact]
    public async Task A_51_MB_file_sent_with_Expect_100_continue_is_answered_413_before_it_is_uploaded()
    {
        // Over Kestrel's own ceiling the server closes the connection rather than read the rest; a client that asks
        // "Expect: 100-continue" (curl does for large bodies) gets the 413 before sending the body.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/units/import")
        {
            Content = Body(51 * 1024 * 1024, "text/csv"),
        };
        request.Headers.ExpectContinue = true;

        using var file = await client.SendAsync(request);

        file.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        Refusal.MessageOf(await file.Content.ReadAsStringAsync()).Should().Contain("50 MB");
    }

    [Fact]
    public async Task A_file_of_40_MB_passes_Kestrel_whose_own_default_limit_is_30_MB()
    {
        var body = new byte[40 * 1024 * 1024];
        "code,name,type,parent_code\n\u00ff"u8.ToArray().CopyTo(body, 0);
        body[27] = 0xFF;

        using var response = await client.PostAsync(
            "/api/units/import",
            new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }
        );

        response
            .StatusCode.Should()
            .Be(HttpStatusCode.BadRequest, "the file is read and judged (it is not UTF-8), not cut off at 30 MB");
    }

    public void Dispose()
    {
        client.Dispose();
        platform.Dispose();
    }

    private static ByteArrayContent Body(int size, string mediaType) =>
        new(new byte[size]) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } };
}
