using System.Globalization;
using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;

namespace Platform.Plans.Tests.Support;

/// <summary>
/// Sends a module request as the web interface does: in a scope of its own, as a signed-in person (name, one role, a
/// unit scope) through the whole MediatR pipeline (roles, validation, audit), in English.
/// </summary>
internal static class SignedInSender
{
    public static async Task<T> SendAsAsync<T>(
        this PlatformFactory platform,
        string name,
        string role,
        UnitScope scope,
        IRequest<T> request
    )
    {
        await using var services = platform.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<SignedInPrincipal>().User = new ClaimsPrincipal(
            new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.Name, name),
                    new Claim(ClaimTypes.Role, role),
                    new Claim(PlatformPolicies.ScopeClaim, ClaimsCaller.ScopeClaimValue(scope)),
                ],
                "Session"
            )
        );
        var language = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            return await services.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            CultureInfo.CurrentUICulture = language;
        }
    }

    public static Task<T> AsHoaAsync<T>(this PlatformFactory platform, IRequest<T> request) =>
        platform.SendAsAsync("hoa", PlatformRoles.ProvincialPlanner, UnitScope.Province("75"), request);

    public static Task<T> AsMinhAsync<T>(this PlatformFactory platform, IRequest<T> request) =>
        platform.SendAsAsync("minh", PlatformRoles.ProvincialPlanner, UnitScope.Province("75"), request);

    public static Task<T> AsLanAsync<T>(this PlatformFactory platform, IRequest<T> request) =>
        platform.SendAsAsync("lan", PlatformRoles.NationalPlanner, UnitScope.Nation, request);
}
