using Platform.Web.Components.Shared;
using Platform.Web.Operations;

namespace Platform.Web.Components.Training;

/// <summary>
/// A training page or section: <see cref="PlatformPage.RunAsync{T}"/> for what the person does, and
/// <see cref="LookUpAsync{T}"/> for look-ups while they type (units, people), which must not wipe the errors shown
/// next to the fields of the form being filled in.
/// </summary>
public abstract class TrainingPage : PlatformPage
{
    protected async Task<T?> LookUpAsync<T>(MediatR.IRequest<T> request, CancellationToken cancellationToken = default)
    {
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
        catch (Exception exception)
            when (OperationOutcome.From(exception) is not null || exception is OperationCanceledException)
        {
            return default;
        }
    }
}
