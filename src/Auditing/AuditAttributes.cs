namespace Platform.Auditing;

/// <summary>
/// On an entity class: its rows get no entry of their own, because they are a copy of another module's data (kept
/// from its notifications, audited where it changed) or are written only in bulk, where the operation records one
/// summary entry. On a property: its value is left out of the before/after JSON (a large blob, e.g. a frozen report).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>The property an entry names the row by (e.g. a plan's code), instead of its primary key.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class AuditKeyAttribute : Attribute;

/// <summary>The property naming the unit a row belongs to, when it is not called <c>UnitCode</c> (e.g. a unit's own
/// code).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class AuditUnitCodeAttribute : Attribute;
