using MediatR;
using Platform.BuildingBlocks.Security;

// Deliberately bad requests, standing in for a module's command that forgot its permission: the rule must name them.
// Internal, so the visibility rule's fakes stay as they are.
namespace Platform.Architecture.Tests.Fakes
{
    /// <summary>A command without <see cref="RequiresPermissionAttribute"/>: any caller with Read could send it.</summary>
    internal sealed record CommandWithoutPermission(string Code) : IRequest<int>;

    /// <summary>The same mistake on a request without a response (MediatR's plain <c>IRequest</c>).</summary>
    internal sealed record PlainCommandWithoutPermission(int Id) : IRequest;

    /// <summary>Says what it needs: allowed.</summary>
    [RequiresPermission(Permission.WritePlans)]
    internal sealed record CommandWithPermission(string Code) : IRequest<int>;

    /// <summary>Not a request at all: the rule leaves it alone.</summary>
    internal sealed record SomethingHappened(string Code) : INotification;
}

namespace Platform.Architecture.Tests.Fakes.Contracts
{
    /// <summary>A query other modules may send that only planners may: a commune officer's own command would be refused through it.</summary>
    [RequiresPermission(Permission.WritePlans)]
    internal sealed record QueryForPlannersOnly(string Code) : IRequest<string>;

    [RequiresPermission(Permission.Read)]
    internal sealed record QueryForEveryone(string Code) : IRequest<string>;
}
