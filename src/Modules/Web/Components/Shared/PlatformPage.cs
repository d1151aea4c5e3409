using Microsoft.AspNetCore.Components;
using MudBlazor;
using Platform.Web.Operations;

namespace Platform.Web.Components.Shared;

/// <summary>
/// A page that acts through <see cref="PlatformSender"/>: <see cref="RunAsync{T}"/> sends a request and turns what a
/// module refuses into <see cref="Outcome"/> (shown by the page next to its fields) instead of a broken circuit; a
/// session that ended sends the person to the sign-in page. What was typed stays in the form.
/// </summary>
public abstract class PlatformPage : ComponentBase
{
    [Inject]
    protected PlatformSender Sender { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    protected OperationOutcome Outcome { get; set; } = OperationOutcome.None;

    /// <summary>The answer, or default when the module refused (then <see cref="Outcome"/> says why).</summary>
    protected async Task<T?> RunAsync<T>(MediatR.IRequest<T> request, CancellationToken cancellationToken = default)
    {
        Outcome = OperationOutcome.None;
        try
        {
            return await Sender.SendAsync(request, cancellationToken);
        }
        catch (SessionEndedException)
        {
            var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            Navigation.NavigateTo($"sign-in?returnUrl={Uri.EscapeDataString(here)}", forceLoad: true);
            return default;
        }
        catch (Exception exception) when (OperationOutcome.From(exception) is { } outcome)
        {
            Outcome = outcome;
            return default;
        }
    }
}
