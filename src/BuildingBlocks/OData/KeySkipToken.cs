using System.Globalization;

namespace Platform.BuildingBlocks.OData;

/// <summary>
/// A <c>$skiptoken</c> over a single integer key as the feed's nextLinks spell it: <c>Key-5</c> (or <c>Key--5</c>).
/// The library refuses <c>Key-+5</c>, so neither do the platform's shortcuts take it.
/// </summary>
internal static class KeySkipToken
{
    public static bool TryParse(string token, string keyName, out long key)
    {
        key = 0;
        var digits = keyName.Length + 1;
        return token.Length > digits && token.StartsWith(keyName + "-", StringComparison.Ordinal) && token[digits] != '+'
            && long.TryParse(token.AsSpan(digits), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out key);
    }
}
