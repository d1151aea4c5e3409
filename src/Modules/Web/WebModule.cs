using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Platform.Web.Components;
using Platform.Web.Operations;

namespace Platform.Web;

/// <summary>
/// The web interface's one public entry (issue 13, ADR 0014): Razor components served by the host, MudBlazor, the
/// session cookie of the Access module. Pages send the modules' MediatR requests (<see cref="PlatformSender"/>).
/// </summary>
public static class WebModule
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddTransient<MudBlazor.MudLocalizer, Texts.VietnameseMudLocalizer>();
        services.AddScoped<PlatformSender>();
        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseAntiforgery();
        return app;
    }

    public static IEndpointRouteBuilder MapWeb(this IEndpointRouteBuilder app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapWebEndpoints();
        app.MapWebFileEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
