using System.Reflection;
using MediatR;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Texts;

namespace Platform.BuildingBlocks.Mediation;

/// <summary>
/// Refuses a request (403) when none of the caller's roles grants its <see cref="RequiresPermissionAttribute"/>, before
/// validation and the handler run: whoever sends the request, an endpoint, a web page or a host verb, gets the same
/// check. The endpoints keep their policies as well; this is the check a new sender cannot forget.
/// </summary>
public sealed class PermissionBehavior<TRequest, TResponse>(ICurrentCaller caller)
    : IPipelineBehavior<TRequest, TResponse>
{
    // Looked up once per request type (a static field of each closed generic type), not by reflection on every send.
    // A request without the attribute counts as a read; the architecture tests make sure no module request lacks one.
    private static readonly bool Open = typeof(TRequest).GetCustomAttribute<NeedsNoRoleAttribute>() is not null;

    private static readonly Permission Required =
        typeof(TRequest).GetCustomAttribute<RequiresPermissionAttribute>()?.Permission ?? Permission.Read;

    private static readonly string RolesAllowed = string.Join(
        ", ",
        PlatformRoles.All.Where(role => PlatformRoles.Allows(role, Required))
    );

    public Task<TResponse> Handle(
        TRequest request,
        CancellationToken cancellationToken,
        RequestHandlerDelegate<TResponse> next
    )
    {
        ArgumentNullException.ThrowIfNull(next);
        if (!Open && !caller.Has(Required))
        {
            throw new ForbiddenException(
                BuildingBlocksTexts.Get(
                    "Permission.Refused",
                    caller.Name,
                    string.Join(", ", caller.Roles),
                    RolesAllowed
                )
            );
        }

        return next();
    }
}
