namespace Platform.Monitoring.YearlyReports;

/// <summary>
/// Worksheet names Excel accepts: at most 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with an
/// apostrophe, not "History", and unique ignoring case (a repeated name takes " (2)", " (3)" …).
/// </summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static IReadOnlyList<string> Unique(IEnumerable<string> names)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in names)
        {
            var clean = Clean(name);
            var candidate = clean;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = $" ({n})";
                candidate = clean[..Math.Min(clean.Length, MaxLength - suffix.Length)].TrimEnd() + suffix;
            }

            result.Add(candidate);
        }

        return result;
    }

    private static string Clean(string name)
    {
        var text = string.Join(
                ' ',
                name.Split(Forbidden, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
            .Trim('\'', ' ');
        text = text.Length > MaxLength ? text[..MaxLength].TrimEnd('\'', ' ') : text;
        return text.Length == 0 || text.Equals("History", StringComparison.OrdinalIgnoreCase) ? $"_{text}" : text;
    }
}
