using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Access.Contracts;
using Platform.Access.Persistence;
using Platform.Access.Texts;
using Platform.Access.Users;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Keys.IssueKey;

internal sealed class IssueKeyHandler(
    AccessDbContext db,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<AccessTexts> texts
) : IRequestHandler<IssueKeyCommand, IssuedKey>
{
    public async Task<IssuedKey> Handle(IssueKeyCommand request, CancellationToken cancellationToken)
    {
        var user = await db.FindUserAsync(request.Name, texts, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = ApiKeys.NewSecret();
        var key = ApiKeys.New(secret, caller.Name, now);
        user.Keys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedKey(user.Name, key.KeyId, secret, now);
    }
}
