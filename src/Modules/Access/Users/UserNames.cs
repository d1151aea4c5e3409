using System.Text.RegularExpressions;

namespace Platform.Access.Users;

/// <summary>
/// User names are typed into Excel's and Power BI's Basic prompt and into curl -u, so they stay plain: letters, digits
/// and . _ - @, no colon (Basic separates name and key with the first colon). The full name goes in the display name.
/// </summary>
internal static partial class UserNames
{
    public const int MaxLength = 64;

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
