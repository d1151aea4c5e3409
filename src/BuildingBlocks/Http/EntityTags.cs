using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Texts;

namespace Platform.BuildingBlocks.Http;

/// <summary>
/// The kinds of record a write guards with <c>If-Match</c>, each named in a 412 by its own text in BuildingBlocksTexts
/// (<c>Record.Plan</c>: "Kế hoạch {0}" / "Plan {0}"), so the whole sentence is written in one language: a module passes
/// the kind and the record's key, never a label of its own.
/// </summary>
public enum VersionedRecord
{
    Plan,
    Obligation,
    Class,
    Activity,

    /// <summary>A plan's yearly report: keyed by the plan's code and the year.</summary>
    YearlyReport,

    Campaign,

    /// <summary>A province's re-base of a campaign quota: keyed "campaign/quota/province".</summary>
    CampaignRebase,
}

/// <summary>
/// The versions an <c>If-Match</c> header accepts (strong ETags <c>"7"</c> only: a weak or unreadable tag matches
/// nothing). A request without the header, or with <c>If-Match: *</c>, carries none and is checked only by the
/// concurrency token when it saves.
/// </summary>
public sealed record IfMatch(IReadOnlyList<int> Versions)
{
    /// <summary>
    /// Throws <see cref="PreconditionFailedException"/> (412) unless <paramref name="current"/> is one of the versions;
    /// the message, in the current UI language, names the <paramref name="record"/> by its <paramref name="key"/>.
    /// </summary>
    public void Ensure(int current, VersionedRecord record, params object[] key)
    {
        if (!Versions.Contains(current))
        {
            var asked =
                Versions.Count == 0
                    ? BuildingBlocksTexts.Get("ETag.NoStrongTag")
                    : string.Join(", ", Versions.Select(EntityTags.Format));
            throw new PreconditionFailedException(
                BuildingBlocksTexts.Get(
                    "ETag.Stale",
                    BuildingBlocksTexts.Get($"Record.{record}", key),
                    EntityTags.Format(current),
                    asked
                )
            );
        }
    }
}

/// <summary>ETags are a row's version in quotes, <c>"3"</c>: strong, since two equal versions hold equal
/// values.</summary>
public static class EntityTags
{
    public static string Format(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Sets the response's ETag to <paramref name="version"/> and passes <paramref name="value"/>
    /// through.</summary>
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

        var tags = values
            .SelectMany(v => (v ?? string.Empty).Split(','))
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .ToList();
        if (tags.Contains("*"))
        {
            return null;
        }

        var versions = new List<int>();
        foreach (var tag in tags)
        {
            if (
                tag.Length > 2
                && tag[0] == '"'
                && tag[^1] == '"'
                && int.TryParse(
                    tag.AsSpan(1, tag.Length - 2),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var version
                )
            )
            {
                versions.Add(version);
            }
        }

        return new IfMatch(versions);
    }
}

/// <summary>Marks a write that honours <c>If-Match</c>: the OpenAPI document lists the header and its 412.</summary>
public sealed class IfMatchMetadata
{
    public static readonly IfMatchMetadata Instance = new();

    private IfMatchMetadata()
    {
    }
}

public static class IfMatchEndpoints
{
    /// <summary>The endpoint checks <c>If-Match</c> (<see cref="EntityTags.IfMatchOf"/>) and answers 412 when it is
    /// stale.</summary>
    public static TBuilder HonoursIfMatch<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IfMatchMetadata.Instance).ProducesProblems(StatusCodes.Status412PreconditionFailed);
}
