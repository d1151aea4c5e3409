using MediatR;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Access.Contracts;
using Platform.BuildingBlocks.Security;

namespace Platform.Web.Operations;

/// <summary>
/// How a page acts: it sends the same MediatR requests as the API, each in a scope of its own (a fresh DbContext, the
/// audit of one operation) and as the signed-in person, so scope, roles, validation and audit apply as they do to the
/// API. A session whose key was revoked or whose user was disabled meanwhile ends here, on the next operation.
/// </summary>
public sealed partial class PlatformSender(
    IServiceScopeFactory scopes,
    AuthenticationStateProvider authentication,
    ILogger<PlatformSender> logger
)
{
    public async Task<TResponse> SendAsync<TResponse>(
        IRequest<TResponse> request,
        CancellationToken cancellationToken = default
    )
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true)
        {
            throw new SessionEndedException();
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SignedInPrincipal>().User = user;
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (!await mediator.Send(new SessionStillValidQuery(user), cancellationToken))
        {
            throw new SessionEndedException();
        }

        try
        {
            return await mediator.Send(request, cancellationToken);
        }
        catch (Exception exception)
            when (OperationOutcome.From(exception) is null && exception is not OperationCanceledException)
        {
            // A fault a page cannot explain: the page says so in words, the log keeps what happened.
            LogFailed(logger, exception, request.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Request} failed on a page")]
    private static partial void LogFailed(ILogger logger, Exception exception, string request);
}

/// <summary>The person's session ended while a page was open (key revoked, user disabled, signed out
/// elsewhere).</summary>
public sealed class SessionEndedException() : Exception("The session has ended.");
