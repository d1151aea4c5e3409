using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.TestKit;

public static class HttpExtensions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string url, byte[] content) =>
        client.PostAsync(
            url,
            new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }
        );

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string url, string content) =>
        client.PostCsvAsync(url, System.Text.Encoding.UTF8.GetBytes(content));

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    public static async Task<T> GetAsync<T>(this HttpClient client, string url) =>
        (await client.GetFromJsonAsync<T>(url, Json))!;
}
