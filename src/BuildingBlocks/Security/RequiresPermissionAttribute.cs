namespace Platform.BuildingBlocks.Security;

/// <summary>
/// The <see cref="Permission"/> a MediatR request needs. The pipeline (<c>PermissionBehavior</c>) checks it for every
/// sender, the REST endpoints, the web interface and the host verbs alike, so no page or endpoint has to repeat the
/// role check. It says which roles may act; which units they may act on stays the handler's business
/// (<see cref="ICurrentCaller.Scope"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class RequiresPermissionAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>
/// A request anyone may send, signed in or not: signing in and checking a session, which come before any role. The
/// pipeline lets it through; the handler alone decides.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class NeedsNoRoleAttribute : Attribute;
