using MediatR;
using Platform.BuildingBlocks.Security;

// Deliberately bad requests, standing in for a module's command that forgot its permission: the rule must name them.
// Internal, so the visibility rule's fakes stay as they are.
namespace Platform.Architecture.Tests.Fakes;

/// <summary>A command without <see cref="RequiresPermissionAttribute"/>: any caller with Read could send it.</summary>
internal sealed record CommandWithoutPermission(string Code) : IRequest<int>;

/// <summary>The same mistake on a request without a response (MediatR's plain <c>IRequest</c>).</summary>
internal sealed record PlainCommandWithoutPermission(int Id) : IRequest;

/// <summary>Says what it needs: allowed.</summary>
[RequiresPermission(Permission.WritePlans)]
internal sealed record CommandWithPermission(string Code) : IRequest<int>;

/// <summary>Asked before anyone is signed in: it says so, and the rule accepts that.</summary>
[NeedsNoRole]
internal sealed record QuestionForAnyone(string Code) : IRequest<bool>;

/// <summary>Not a request at all: the rule leaves it alone.</summary>
internal sealed record SomethingHappened(string Code) : INotification;
