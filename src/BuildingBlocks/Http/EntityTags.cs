using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.BuildingBlocks.Errors;

namespace Platform.BuildingBlocks.Http;

/// <summary>
/// The versions an <c>If-Match</c> header accepts (strong ETags <c>"7"</c> only: a weak or unreadable tag matches
/// nothing). A request without the header, or with <c>If-Match: *</c>, carries none and is checked only by the
/// concurrency token when it saves.
/// </summary>
public sealed record IfMatch(IReadOnlyList<int> Versions)
{
    /// <summary>Throws <see cref="PreconditionFailedException"/> (412) unless <paramref name="current"/> is one of the versions.</summary>
    public void Ensure(int current, string what)
    {
        if (!Versions.Contains(current))
        {
            throw new PreconditionFailedException(
                $"{what} has changed since it was read: it is now at ETag {EntityTags.Format(current)}, and If-Match asked for " +
                $"{(Versions.Count == 0 ? "no strong ETag" : string.Join(", ", Versions.Select(EntityTags.Format)))}. Nothing was changed; read it again and retry.");
        }
    }
}

/// <summary>ETags are a row's version in quotes, <c>"3"</c>: strong, since two equal versions hold equal values.</summary>
public static class EntityTags
{
    public static string Format(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the response's ETag to <paramref name="version"/> and passes <paramref name="value"/> through.</summary>
    public static T Tagged<T>(this HttpContext context, T value, int version)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.ETag = Format(version);
        return value;
    }

    /// <summary>The request's <c>If-Match</c>, or null when it has none or says <c>*</c>.</summary>
    public static IfMatch? IfMatchOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers.IfMatch;
        if (values.Count == 0)
        {
            return null;
        }

        var tags = values.SelectMany(v => (v ?? string.Empty).Split(',')).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (tags.Contains("*"))
        {
            return null;
        }

        var versions = new List<int>();
        foreach (var tag in tags)
        {
            if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
                && int.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                versions.Add(version);
            }
        }

        return new IfMatch(versions);
    }
}
