using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// The table and columns of an entity as SQL written below EF Core must name them: from the module's model, quoted and
/// (on PostgreSQL) schema-qualified by the provider, so only a module's <c>Persistence/</c> names its tables.
/// </summary>
public static class ModelNames
{
    /// <summary>The quoted table of <typeparamref name="TEntity"/> and the quoted columns of
    /// <paramref name="properties"/>, in that order, with their model properties.</summary>
    public static (string Table, IReadOnlyList<(string Name, IProperty Property)> Columns) Of<TEntity>(
        DbContext db,
        IReadOnlyList<string> properties
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(properties);
        var entity = Entity<TEntity>(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = properties
            .Select(p =>
                entity.FindProperty(p)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no property {p}.")
            )
            .Select(p => (sql.DelimitIdentifier(p.GetColumnName()), (IProperty)p))
            .ToList();
        return (sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()), columns);
    }

    /// <summary>The quoted, schema-qualified table of <typeparamref name="TEntity"/>.</summary>
    public static string Table<TEntity>(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = Entity<TEntity>(db);
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    private static IEntityType Entity<TEntity>(DbContext db) =>
        db.Model.FindEntityType(typeof(TEntity))
        ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in {db.GetType().Name}'s model.");
}
