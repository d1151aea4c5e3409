using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.Robustness.Tests.Support;
using Platform.TestKit;

namespace Platform.Robustness.Tests;

/// <summary>
/// JSON bodies are held to 1 MB and import files to 50 MB: anything larger is a 413 that says the limit, whether the
/// client announced the length or streamed the body, and nothing is written.
/// </summary>
public sealed class BodySizeTests(SeededPlatform platform) : IClassFixture<SeededPlatform>
{
    private const int OneMegabyte = 1024 * 1024;
    private const int FiftyMegabytes = 50 * OneMegabyte;

    public static TheoryData<string> JsonEndpoints() => JsonBodyTests.JsonEndpoints();

    public static TheoryData<string> ImportEndpoints() => ImportFileTests.ImportEndpoints();

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task A_JSON_body_over_1_MB_is_a_413_whether_its_length_is_announced_or_streamed(string endpoint)
    {
        var call = JsonBodyTests.Case(endpoint);
        var body = Padded(call.Body!(platform).ToJsonString(), OneMegabyte + 1);

        var announced = await platform.AssertRefusedAsync(
            c => c.SendAsync(Request(call, new ByteArrayContent(body))),
            $"{endpoint} with {body.Length:N0} bytes"
        );
        var streamed = await platform.AssertRefusedAsync(
            c => c.SendAsync(Request(call, new StreamContent(new UnseekableStream(body)))),
            $"{endpoint} streaming {body.Length:N0} bytes"
        );

        announced.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        announced.Message.Should().Contain("larger than 1 MB");
        streamed.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_JSON_body_just_under_1_MB_is_read_and_judged_on_its_content()
    {
        var call = Catalogue.Find("PUT", "/api/obligations/{id:int}/override");
        var invalid = call.Body!(platform);
        invalid["floor"] = -1;

        var refused = await platform.AssertRefusedAsync(
            c => c.SendAsync(Request(call, new ByteArrayContent(Padded(invalid.ToJsonString(), OneMegabyte - 10)))),
            "a padded override"
        );

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Message.Should().Contain("floor must not be negative.");
    }

    [Fact]
    public async Task A_small_JSON_body_streamed_without_a_length_is_read_whole_and_judged_on_its_content()
    {
        var call = Catalogue.Find("PUT", "/api/obligations/{id:int}/override");
        var invalid = call.Body!(platform);
        invalid["floor"] = -1;

        var refused = await platform.AssertRefusedAsync(
            c =>
                c.SendAsync(
                    Request(
                        call,
                        new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(invalid.ToJsonString())))
                    )
                ),
            "a streamed override"
        );

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Message.Should().Contain("floor must not be negative.");
    }

    [Theory]
    [MemberData(nameof(ImportEndpoints))]
    public async Task An_import_file_over_50_MB_is_a_413_as_a_body_streamed_or_in_a_form(string url)
    {
        var file = new byte[FiftyMegabytes + 1];

        var announced = await platform.AssertRefusedAsync(c => c.PostCsvAsync(url, file), $"{url} with 50 MB + 1 byte");
        var streamed = await platform.AssertRefusedAsync(
            c =>
                c.PostAsync(
                    url,
                    new StreamContent(new UnseekableStream(file))
                    {
                        Headers = { ContentType = new MediaTypeHeaderValue("text/csv") },
                    }
                ),
            $"{url} streaming 50 MB + 1"
        );
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "big.csv" } };
        var inForm = await platform.AssertRefusedAsync(
            c => c.PostAsync(url, form),
            $"{url} with a 50 MB + 1 file in a form"
        );

        announced.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        announced.Message.Should().Contain("50 MB");
        streamed.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        inForm.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_import_file_of_40_MB_is_under_the_limit_and_judged_on_its_content()
    {
        var file = new byte[40 * OneMegabyte];
        Encoding.UTF8.GetBytes("code,name,type,parent_code\n").CopyTo(file, 0);
        file[30] = 0xFF;

        var refused = await platform.AssertRefusedAsync(
            c => c.PostCsvAsync("/api/units/import", file),
            "a 40 MB file with a bad byte"
        );

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Message.Should().Contain("not valid UTF-8");
    }

    private HttpRequestMessage Request(EndpointCase call, HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(new HttpMethod(call.Method), call.Url(platform)) { Content = content };
    }

    /// <summary>The JSON with white space before its closing brace, to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(string json, int size)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var padded = new byte[size];
        bytes.AsSpan(0, bytes.Length - 1).CopyTo(padded);
        padded.AsSpan(bytes.Length - 1, size - bytes.Length).Fill((byte)' ');
        padded[^1] = (byte)'}';
        return padded;
    }

    /// <summary>A body whose length the client cannot know in advance, so it is sent chunked.</summary>
    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
