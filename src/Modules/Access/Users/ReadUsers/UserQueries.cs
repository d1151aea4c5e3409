using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Access.Contracts;
using Platform.Access.Persistence;
using Platform.Access.Texts;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users.ReadUsers;

internal sealed class UserQueryHandlers(AccessDbContext db, IStringLocalizer<AccessTexts> texts) :
    IRequestHandler<ListUsersQuery, IReadOnlyList<UserView>>,
    IRequestHandler<GetUserQuery, UserView>
{
    public async Task<IReadOnlyList<UserView>> Handle(ListUsersQuery request, CancellationToken cancellationToken) =>
        (
            await db
                .Users.AsNoTracking()
                .Include(u => u.Keys)
                .OrderBy(u => u.NormalizedName)
                .ToListAsync(cancellationToken)
        )
            .Select(UserViews.ToView)
            .ToList();

    public async Task<UserView> Handle(GetUserQuery request, CancellationToken cancellationToken) =>
        (await db.FindUserAsync(request.Name, texts, cancellationToken)).ToView();
}
