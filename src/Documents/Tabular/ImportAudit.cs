using System.Security.Cryptography;
using Platform.Auditing;

namespace Platform.Documents.Tabular;

public static class ImportAudit
{
    /// <summary>The one entry of an import: the file (name, size, SHA-256), what the report says, and any
    /// detail.</summary>
    public static AuditEntry Imported(
        this AuditTrail trail,
        string entityType,
        byte[] file,
        ImportReport report,
        object? details = null,
        string? unitCode = null
    )
    {
        ArgumentNullException.ThrowIfNull(trail);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(report);
        var name = trail.ImportedFileName;
        var sha = Convert.ToHexStringLower(SHA256.HashData(file));
        return trail.Entry(AuditActions.Imported, entityType, name ?? $"sha256:{sha[..16]}", unitCode, null, new
        {
            file = name,
            bytes = file.Length,
            sha256 = sha,
            rows = report.Rows,
            added = report.Added,
            updated = report.Updated,
            unchanged = report.Unchanged,
            details,
        });
    }
}
