using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.TestKit;

namespace Platform.OData.Tests;

/// <summary>
/// One platform for the read-only feed tests: the 2025 register, four statistics of Đồng Nai (75) and the plan
/// VN-2026-2030 cascaded to Đồng Nai and its 95 communes (96 plans, 3,365 obligations).
/// </summary>
public sealed class DongNaiFeedFixture : PlatformFactory, IAsyncLifetime
{
    public const string Statistics = """
        unit_code,year,metric,value,source
        75,2026,working_age_labour_force,1850000,Cục Thống kê Đồng Nai 2026
        75,2026,collaborators,2000,BHXH tỉnh Đồng Nai
        75,2026,mass_organisations,5,Ủy ban MTTQ tỉnh Đồng Nai
        75,2027,working_age_labour_force,1900000,Cục Thống kê Đồng Nai 2027
        """;

    public async Task InitializeAsync()
    {
        using var client = CreateClient();
        (await client.PostCsvAsync("/api/units/import", SharedData.UnitsCsv())).EnsureSuccessStatusCode();
        (await client.PostCsvAsync("/api/statistics/import", Statistics)).EnsureSuccessStatusCode();
        var generated = await client.PostAsJsonAsync(
            "/api/plans/VN-2026-2030/subordinates",
            new { unitCode = "75", cascade = true }
        );
        generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? libraryWriter;

    /// <summary>A client of the same platform whose pages the OData library's serializer writes
    /// (<c>OData:FastWriter=false</c>).</summary>
    public HttpClient CreateLibraryWriterClient()
    {
        libraryWriter ??= WithWebHostBuilder(b => b.UseSetting("OData:FastWriter", "false"));
        return libraryWriter.CreateClient();
    }

    /// <summary>GET under /odata/ and the JSON body, asserting 200.</summary>
    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string relative)
    {
        var response = await client.GetAsync(Url(relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<List<JsonElement>> ValuesAsync(HttpClient client, string relative) =>
        [.. (await GetJsonAsync(client, relative)).GetProperty("value").EnumerateArray()];

    /// <summary>Every page of a walk through nextLink (at most 20), as text, each asserted 200;
    /// <paramref name="prefer"/> is sent as <c>Prefer</c>.</summary>
    public static async Task<List<string>> PagesAsync(HttpClient client, string relative, string? prefer = null) =>
        [.. (await WalkAsync(client, relative, prefer)).Select(p => p.Body)];

    /// <summary>
    /// Every page of a walk through nextLink (at most 20) with what a client sees of its headers: Content-Type and
    /// OData-Version, then the body.
    /// </summary>
    public static async Task<List<string>> PagesWithHeadersAsync(
        HttpClient client,
        string relative,
        string? prefer = null
    ) => [.. (await WalkAsync(client, relative, prefer)).Select(p => $"{p.ContentType}\n{p.Version}\n{p.Body}")];

    private static async Task<List<(string Body, string? ContentType, string Version, long? Length)>> WalkAsync(
        HttpClient client,
        string relative,
        string? prefer
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        var pages = new List<(string, string?, string, long?)>();
        var next = Url(relative);
        while (next is not null && pages.Count < 20)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            if (prefer is not null)
            {
                request.Headers.Add("Prefer", prefer);
            }

            // Headers first: the length as the server sent it, before the client counts the body itself.
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var length = response.Content.Headers.ContentLength;
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, body);
            var version = string.Join(
                ",",
                response.Headers.TryGetValues("OData-Version", out var values) ? values : []
            );
            pages.Add((body, response.Content.Headers.ContentType?.ToString(), version, length));
            next = JsonDocument.Parse(body).RootElement.TryGetProperty("@odata.nextLink", out var link)
                ? link.GetString()
                : null;
        }

        return pages;
    }

    /// <summary>The query part escaped as a browser or Power Query would send it.</summary>
    public static string Url(string relative)
    {
        var question = relative.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return "/odata/" + relative;
        }

        var pairs = relative[(question + 1)..]
            .Split('&')
            .Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                return equals < 0
                    ? Uri.EscapeDataString(pair)
                    : pair[..equals] + "=" + Uri.EscapeDataString(pair[(equals + 1)..]);
            });
        return "/odata/" + relative[..question] + "?" + string.Join("&", pairs);
    }
}
