using System.Net;
using System.Text.Json;
using Platform.Audit.Contracts.ReadModels;
using Platform.TestKit;

namespace Platform.Audit.Tests.Support;

/// <summary>Reads the audit log as an administrator does, through <c>/api/audit</c>.</summary>
internal static class AuditApi
{
    public sealed record Page(int Total, int Skip, int Top, List<AuditEntryRow> Items);

    public static async Task<Page> ReadAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/audit?{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<Page>();
    }

    /// <summary>The entries of one entity, oldest first.</summary>
    public static async Task<List<AuditEntryRow>> OfAsync(HttpClient client, string entity, string key) =>
        (await ReadAsync(client, $"entity={entity}&key={Uri.EscapeDataString(key)}&top=1000"))
            .Items.OrderBy(e => e.Id)
            .ToList();

    public static async Task<int> CountAsync(HttpClient client) => (await ReadAsync(client, "top=1")).Total;

    public static JsonElement Json(string? text) => JsonDocument.Parse(text ?? "null").RootElement.Clone();
}
