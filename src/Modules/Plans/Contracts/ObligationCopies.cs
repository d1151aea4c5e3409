using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Plans.Contracts;

/// <summary>
/// The one writer of a module's copy of the obligations (Training's quotas, Monitoring's progress): applies an
/// <see cref="ObligationsChanged"/> to the table of an entity with the properties <see cref="Columns"/>, keyed by
/// <c>ObligationId</c>, the level stored by name as Plans stores it. It writes in the command's transaction (a national
/// cascade sends ~117,000 snapshots) as two sets of rows, an upsert and a delete (<see cref="BulkRows"/>), never
/// entity by entity.
/// </summary>
public static class ObligationCopies
{
    /// <summary>The copy's columns, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "ObligationId",
        "PlanCode",
        "UnitCode",
        "Level",
        "ParentUnitCode",
        "Year",
        "IndicatorCode",
        "Floor",
        "Stretch",
        "MissingData",
    ];

    /// <summary>
    /// Writes <paramref name="changed"/> into the table of <typeparamref name="TCopy"/> (an entity of
    /// <paramref name="db"/>'s model with the properties <see cref="Columns"/>); answers the rows written or removed.
    /// </summary>
    public static async Task<int> ApplyAsync<TCopy>(
        DbContext db,
        IEnumerable<ObligationSnapshot> changed,
        CancellationToken cancellationToken
    )
    {
        var snapshots = changed as IReadOnlyCollection<ObligationSnapshot> ?? changed.ToList();
        var upserted = await BulkRows.UpsertAsync<TCopy>(
            db,
            Columns,
            snapshots
                .Where(o => !o.Removed)
                .Select(o => new object?[]
                {
                    o.ObligationId,
                    o.PlanCode,
                    o.UnitCode,
                    o.Level.ToString(),
                    o.ParentUnitCode,
                    o.Year,
                    o.IndicatorCode,
                    o.Floor,
                    o.Stretch,
                    o.MissingData,
                }),
            cancellationToken
        );
        var removed = snapshots.Where(o => o.Removed).Select(o => o.ObligationId).ToList();
        return upserted + await BulkRows.DeleteAsync<TCopy, int>(db, Columns[0], removed, cancellationToken);
    }
}
