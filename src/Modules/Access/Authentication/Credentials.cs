using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Localization;
using Platform.Access.Texts;

namespace Platform.Access.Authentication;

/// <summary>
/// What an <c>Authorization</c> header carries: <c>Basic base64(name:key)</c> (what Excel and Power BI send for an
/// OData feed) or <c>Bearer key</c> (scripts). Another scheme, or no header, is no credentials at all.
/// </summary>
internal sealed record Credentials(string? UserName, string Key)
{
    public const string Basic = "Basic";
    public const string Bearer = "Bearer";

    /// <summary>The credentials, null when there are none, or <paramref name="error"/> when the header is
    /// malformed.</summary>
    public static Credentials? Parse(string? header, IStringLocalizer<AccessTexts> texts, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(header) || !AuthenticationHeaderValue.TryParse(header, out var value))
        {
            return null;
        }

        var parameter = value.Parameter?.Trim() ?? "";
        if (value.Scheme.Equals(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            error = parameter.Length == 0 ? texts["Auth.BearerEmpty"].Value : null;
            return error is null ? new Credentials(null, parameter) : null;
        }

        if (!value.Scheme.Equals(Basic, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var decoded = DecodeBase64(parameter);
        var colon = decoded?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (decoded is null || colon <= 0 || colon == decoded.Length - 1)
        {
            error = texts["Auth.BasicMalformed"];
            return null;
        }

        return new Credentials(decoded[..colon], decoded[(colon + 1)..]);
    }

    private static string? DecodeBase64(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length)
            ? Encoding.UTF8.GetString(bytes, 0, length)
            : null;
    }
}
