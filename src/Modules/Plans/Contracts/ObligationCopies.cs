using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Plans.Contracts;

/// <summary>
/// The one writer of a module's copy of the obligations (Training's quotas, Monitoring's progress): applies an
/// <see cref="ObligationsChanged"/> to the table of an entity with the properties <see cref="Columns"/>, keyed by
/// <c>ObligationId</c>, the level stored by name as Plans stores it. It writes in the command's transaction (a national
/// cascade sends ~117,000 snapshots) with one prepared upsert and one prepared delete (<see cref="BulkCommand"/>),
/// never entity by entity.
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
        await using var upsert = BulkCommand.Upsert<TCopy>(db, Columns);
        await using var delete = BulkCommand.Delete<TCopy>(db, Columns[0]);
        var written = 0;
        foreach (var o in changed)
        {
            written += o.Removed
                ? await delete.Set(0, o.ObligationId).ExecuteAsync(cancellationToken)
                : await upsert
                    .Set(0, o.ObligationId)
                    .Set(1, o.PlanCode)
                    .Set(2, o.UnitCode)
                    .Set(3, o.Level.ToString())
                    .Set(4, o.ParentUnitCode)
                    .Set(5, o.Year)
                    .Set(6, o.IndicatorCode)
                    .Set(7, o.Floor)
                    .Set(8, o.Stretch)
                    .Set(9, o.MissingData)
                    .ExecuteAsync(cancellationToken);
        }

        return written;
    }
}
