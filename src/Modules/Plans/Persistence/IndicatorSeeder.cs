using Microsoft.EntityFrameworkCore;
using Platform.Plans.Catalogue;
using Platform.Plans.Contracts.ReadModels;

namespace Platform.Plans.Persistence;

/// <summary>The catalogue lives in code (<see cref="IndicatorCatalogue"/>); its table copy is brought in line at every
/// start-up.</summary>
internal static class IndicatorSeeder
{
    public static async Task SyncAsync(PlansDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Indicators.ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        var order = 0;
        foreach (var indicator in IndicatorCatalogue.All)
        {
            if (!stored.Remove(indicator.Code, out var row))
            {
                row = new IndicatorRow { Code = indicator.Code };
                db.Indicators.Add(row);
            }

            row.Name = indicator.NameVi;
            row.NameEn = indicator.NameEn;
            row.UnitOfMeasure = indicator.UnitOfMeasure;
            row.CascadeKind = indicator.CascadeKind;
            row.DenominatorMetric = indicator.DenominatorMetric;
            row.BasedOn = indicator.BasedOn;
            row.CountUnit = indicator.CountUnit;
            row.SortOrder = ++order;
        }

        db.Indicators.RemoveRange(stored.Values);
        await db.SaveChangesAsync(cancellationToken);
    }
}
