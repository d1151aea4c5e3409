using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// A row with a version number: 1 when written, one more at every change (by the audit interceptor for EF Core
/// updates, by the bulk writers' SQL for theirs). It is the ETag of the resource and an EF Core concurrency token, so
/// of two writers that read the same version only the first can save (ADR 0010).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

public static class VersionConfiguration
{
    /// <summary>Maps <see cref="IVersioned.Version"/> as a concurrency token; rows that existed before get version
    /// 1.</summary>
    public static PropertyBuilder<int> HasVersion<T>(this EntityTypeBuilder<T> builder)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Property(e => e.Version).IsConcurrencyToken().HasDefaultValue(1);
    }
}
