using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Access.Contracts;
using Platform.Access.Persistence;
using Platform.Access.Texts;
using Platform.Access.Users;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Keys.RevokeKey;

internal sealed class RevokeKeyHandler(
    AccessDbContext db,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<AccessTexts> texts
) : IRequestHandler<RevokeKeyCommand, RevokedKey>
{
    public async Task<RevokedKey> Handle(RevokeKeyCommand request, CancellationToken cancellationToken)
    {
        var keyId = request.KeyId.Trim().ToLowerInvariant();
        var key = await db.Keys.Include(k => k.User).SingleOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        if (
            key is null
            || (request.UserName is not null && key.User.NormalizedName != UserNames.Normalize(request.UserName))
        )
        {
            throw new NotFoundException(request.UserName is null
                ? texts["Key.NotFound", request.KeyId]
                : texts["Key.NotFoundForUser", request.UserName, request.KeyId]);
        }

        if (key.IsActive)
        {
            key.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
            key.RevokedBy = caller.Name;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new RevokedKey(key.User.Name, key.ToView());
    }
}
