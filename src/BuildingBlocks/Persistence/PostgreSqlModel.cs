using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// What every module's PostgreSQL context adds to the model it shares with SQLite (ADR 0028), so both databases keep
/// the same values and order: text compared byte by byte (collation <c>C</c>, SQLite's <c>BINARY</c>) and without
/// length checks, as SQLite stores it; dates as naive UTC (<c>timestamp without time zone</c>), read back as SQLite
/// gives them; the module's tables in its own schema.
/// </summary>
public static class PostgreSqlModel
{
    public const string Collation = "C";

    public static void ApplyConventions(ModelConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Properties<string>().HaveColumnType("text").UseCollation(Collation);
        configuration
            .Properties<DateTime>()
            .HaveColumnType("timestamp without time zone")
            .HaveConversion<NaiveUtc>();
        configuration
            .Properties<DateTime?>()
            .HaveColumnType("timestamp without time zone")
            .HaveConversion<NaiveUtc>();
    }

    /// <summary>Puts the model's tables and views in <paramref name="module"/>'s schema; call before the module's own
    /// configuration.</summary>
    public static void UseSchemaOf(ModelBuilder modelBuilder, string module)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentException.ThrowIfNullOrEmpty(module);
        modelBuilder.HasDefaultSchema(module.ToLowerInvariant());
    }

    /// <summary>UTC without its kind on the way in (a local time is converted first), unchanged on the way
    /// out.</summary>
    private sealed class NaiveUtc() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(
            value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
            DateTimeKind.Unspecified
        ),
        value => value
    );
}
