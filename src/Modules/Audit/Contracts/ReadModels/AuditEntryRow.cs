namespace Platform.Audit.Contracts.ReadModels;

/// <summary>
/// One audit entry as the feed and <c>/api/audit</c> show it: flat columns; <see cref="At"/> is UTC.
/// <see cref="Before"/> and <see cref="After"/> are JSON text (a bulk operation's summary in <see cref="After"/>).
/// </summary>
public sealed class AuditEntryRow
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityKey { get; set; } = string.Empty;

    public string? UnitCode { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Operation { get; set; }
}
