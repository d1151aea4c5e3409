using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.Logging;
using Platform.Access.Authentication;
using Platform.Access.Contracts;

namespace Platform.Access.SignIn;

internal sealed partial class SignInHandler(
    KeyVerifier verifier,
    SignInThrottle throttle,
    TimeProvider time,
    ILogger<SignInHandler> logger
) : IRequestHandler<SignInCommand, ClaimsPrincipal?>
{
    public async Task<ClaimsPrincipal?> Handle(SignInCommand request, CancellationToken cancellationToken)
    {
        var wait = throttle.WaitFor(request.Client);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Key))
        {
            throttle.Failed(request.Client);
            return null;
        }

        var (identity, reason) = await verifier.VerifyAsync(
            new Credentials(request.UserName.Trim(), request.Key.Trim()),
            AccessSchemes.Session,
            cancellationToken
        );
        if (identity is null)
        {
            throttle.Failed(request.Client);
            LogRefused(logger, request.UserName, request.Client, reason);
            return null;
        }

        throttle.Succeeded(request.Client);
        LogSignedIn(logger, identity.Name, request.Client);
        return new ClaimsPrincipal(identity);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a web sign-in of {User} from {Client}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string user, string client, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} signed in to the web interface from {Client}")]
    private static partial void LogSignedIn(ILogger logger, string? user, string client);
}
