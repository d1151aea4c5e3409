using System.Security.Claims;

namespace Platform.BuildingBlocks.Security;

/// <summary>
/// The person a web-interface operation acts for. A Blazor circuit outlives the request that opened it, so the pages
/// send each request in a scope of its own and set the signed-in user here; <see cref="ClaimsCaller"/> reads it first.
/// </summary>
public sealed class SignedInPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}
