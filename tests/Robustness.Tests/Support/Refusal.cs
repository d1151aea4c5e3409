using System.Net;
using System.Text.Json;

namespace Platform.Robustness.Tests.Support;

/// <summary>What every refusal must look like: a 4xx, a message a person can act on, and nothing written.</summary>
public static class Refusal
{
    /// <summary>
    /// Sends the request and asserts it was refused with a 4xx whose body says why (ProblemDetails title and detail or
    /// field errors, or an OData error message), and that no transaction was committed meanwhile.
    /// </summary>
    public static async Task<RefusedResponse> AssertRefusedAsync(
        this SeededPlatform platform,
        Func<HttpClient, Task<HttpResponseMessage>> send,
        string because
    )
    {
        var before = await platform.Database.DataVersionAsync();
        using var response = await send(platform.Client);
        var body = await response.Content.ReadAsStringAsync();
        var committed = await platform.Database.DataVersionAsync() != before;

        ((int)response.StatusCode)
            .Should()
            .BeInRange(400, 499, $"{because} must be refused as the client's fault; the answer was {body}");
        var message = MessageOf(body);
        message.Should().NotBeNullOrWhiteSpace($"{because} must say why it was refused; the answer was '{body}'");
        committed.Should().BeFalse($"{because} was refused, so nothing may have been written (answer: {body})");
        return new RefusedResponse(response.StatusCode, message!, body);
    }

    /// <summary>The human-readable reason in a ProblemDetails (detail, else its field errors) or an OData error
    /// body.</summary>
    public static string? MessageOf(string body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (
            root.TryGetProperty("error", out var error)
            && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("message", out var odata)
        )
        {
            return odata.GetString();
        }

        var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
        var errors =
            root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? string.Join(
                    "; ",
                    e.EnumerateObject()
                        .Select(field =>
                            $"{field.Name}: {string.Join(" ", field.Value.EnumerateArray().Select(m => m.GetString()))}"
                        )
                )
                : string.Empty;
        return string.IsNullOrWhiteSpace(detail) && errors.Length == 0 ? null : $"{title}: {detail} {errors}".Trim();
    }
}

public sealed record RefusedResponse(HttpStatusCode Status, string Message, string Body);
