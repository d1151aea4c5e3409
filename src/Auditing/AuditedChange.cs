using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Auditing;

/// <summary>
/// One row's change as captured before the save. An added row's key and values are read after it (its key may be
/// generated); a modified row keeps only the properties whose value really changed; a deleted row keeps every value.
/// </summary>
internal sealed class AuditedChange
{
    private readonly EntityEntry entry;
    private readonly string action;
    private readonly string? key;
    private readonly string? unitCode;
    private readonly Dictionary<string, object?>? before;
    private readonly Dictionary<string, object?>? after;

    private AuditedChange(
        EntityEntry entry,
        string action,
        Dictionary<string, object?>? before,
        Dictionary<string, object?>? after
    )
    {
        this.entry = entry;
        this.action = action;
        this.before = before;
        this.after = after;
        if (action != AuditActions.Added)
        {
            key = KeyOf(entry, original: true);
            unitCode = UnitCodeOf(entry, original: true);
        }
    }

    public static AuditedChange? Of(EntityEntry entry)
    {
        var properties = entry.Properties.Where(p => !IsExcluded(p.Metadata.PropertyInfo)).ToList();
        switch (entry.State)
        {
            case EntityState.Added:
                return new AuditedChange(entry, AuditActions.Added, null, null);
            case EntityState.Deleted:
                return new AuditedChange(
                    entry,
                    AuditActions.Deleted,
                    properties.ToDictionary(p => p.Metadata.Name, p => Value(p.OriginalValue)),
                    null
                );
            default:
                var changed = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                if (changed.All(p => p.Metadata.Name == nameof(IVersioned.Version)))
                {
                    return null;
                }

                return new AuditedChange(
                    entry, AuditActions.Modified,
                    changed.ToDictionary(p => p.Metadata.Name, p => Value(p.OriginalValue)),
                    changed.ToDictionary(p => p.Metadata.Name, p => Value(p.CurrentValue)));
        }
    }

    public AuditEntry ToEntry(AuditTrail trail)
    {
        if (action != AuditActions.Added)
        {
            return trail.Entry(action, entry.Metadata.ClrType.Name, key!, unitCode, before, after);
        }

        var values = entry
            .Properties.Where(p => !IsExcluded(p.Metadata.PropertyInfo))
            .ToDictionary(p => p.Metadata.Name, p => Value(p.CurrentValue));
        return trail.Entry(
            action,
            entry.Metadata.ClrType.Name,
            KeyOf(entry, original: false),
            UnitCodeOf(entry, original: false),
            null,
            values
        );
    }

    private static bool IsExcluded(PropertyInfo? property) =>
        property?.IsDefined(typeof(NotAuditedAttribute), inherit: false) == true;

    private static string KeyOf(EntityEntry entry, bool original)
    {
        var named = entry.Properties.FirstOrDefault(p =>
            p.Metadata.PropertyInfo?.IsDefined(typeof(AuditKeyAttribute), inherit: false) == true
        );
        var parts = named is not null ? [named] : entry.Metadata.FindPrimaryKey()!.Properties.Select(entry.Property);
        return string.Join(
            ",",
            parts.Select(p =>
                Convert.ToString(
                    original ? p.OriginalValue : p.CurrentValue,
                    System.Globalization.CultureInfo.InvariantCulture
                )
            )
        );
    }

    private static string? UnitCodeOf(EntityEntry entry, bool original)
    {
        var property = entry.Properties.FirstOrDefault(p =>
            p.Metadata.PropertyInfo?.IsDefined(typeof(AuditUnitCodeAttribute), inherit: false) == true
        )
            ?? entry.Properties.FirstOrDefault(p =>
                p.Metadata.Name == "UnitCode" && p.Metadata.ClrType == typeof(string)
            );
        return property is null ? null : (original ? property.OriginalValue : property.CurrentValue) as string;
    }

    /// <summary>Long text is recorded by its length: a note or a blob of thousands of characters would drown the
    /// entry.</summary>
    private static object? Value(object? value) =>
        value is string { Length: > AuditTrail.MaxTextLength } text
            ? $"({text.Length} characters, not recorded)"
            : value;
}
