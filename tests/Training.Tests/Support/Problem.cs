using System.Net.Http.Json;
using Platform.TestKit;

namespace Platform.Training.Tests.Support;

/// <summary>The ProblemDetails body the platform answers an error with.</summary>
internal sealed record Problem(int Status, string Title, string? Detail, Dictionary<string, string[]>? Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Problem>(HttpExtensions.Json))!;
}
