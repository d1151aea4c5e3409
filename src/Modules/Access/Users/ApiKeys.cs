using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Access.Users;

/// <summary>
/// Making, hashing and checking API keys (ADR 0009). A key is 32 random bytes written as base64url (43 characters);
/// only its SHA-256 is stored. A slow password hash would buy nothing against 256 random bits and would cost every
/// request.
/// </summary>
internal static class ApiKeys
{
    public const int SecretBytes = 32;

    /// <summary>The shortest configured key (<c>Auth:BootstrapAdminKey</c>) accepted: keys are never typed by
    /// heart.</summary>
    public const int MinimumConfiguredLength = 16;

    public const int MaximumLength = 512;

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>12 hex digits, random: shown in listings and used to revoke, never enough to sign in.</summary>
    public static string NewKeyId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Compares in time independent of where the hashes differ.</summary>
    public static bool Matches(byte[] stored, byte[] presented) =>
        CryptographicOperations.FixedTimeEquals(stored, presented);

    public static ApiKey New(string key, string by, DateTime nowUtc) => new()
    {
        KeyId = NewKeyId(),
        Hash = Hash(key),
        CreatedAtUtc = nowUtc,
        CreatedBy = by,
    };
}
