using MediatR;
using Platform.Access.Authentication;
using Platform.Access.Contracts;

namespace Platform.Access.SignIn;

internal sealed class SessionStillValidHandler(KeyVerifier verifier) : IRequestHandler<SessionStillValidQuery, bool>
{
    public async Task<bool> Handle(SessionStillValidQuery request, CancellationToken cancellationToken) =>
        await verifier.VerifySessionAsync(request.User, cancellationToken) is not null;
}
