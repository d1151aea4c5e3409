using System.Security.Claims;
using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Contracts;

/// <summary>
/// A person signs in to the web interface with the user name and a key of theirs (the same pair as Basic credentials).
/// The answer is the principal to put in the session cookie, or null: the reason is never told apart ("user or key is
/// wrong"), and a client that keeps failing is slowed down (<see cref="Client"/> names it, e.g. its IP address).
/// </summary>
[NeedsNoRole]
public sealed record SignInCommand(string? UserName, string? Key, string Client) : IRequest<ClaimsPrincipal?>;

/// <summary>The authentication schemes: API keys in a header, and the web interface's session cookie.</summary>
public static class AccessSchemes
{
    /// <summary>Chooses per request: a request with an <c>Authorization</c> header, or under /api and /odata, uses
    /// keys.</summary>
    public const string Default = "Platform";

    public const string ApiKey = "ApiKey";

    public const string Session = "Session";
}

/// <summary>
/// Whether a signed-in person's session still holds: the key they signed in with active, the user enabled. The web
/// interface asks before every operation of a live page, which outlives the request whose cookie was checked.
/// </summary>
[NeedsNoRole]
public sealed record SessionStillValidQuery(ClaimsPrincipal User) : IRequest<bool>;
