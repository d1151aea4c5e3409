using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Modules;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Cascade.Rules;
using Platform.Plans.Contracts;
using Platform.Plans.Units;

namespace Platform.Plans.Persistence;

/// <summary>Applies the Plans migrations and, on a fresh database, records the nation and its 34 provinces.</summary>
internal sealed class PlansInitializer : IModuleInitializer
{
    public int Order => 0;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Loading the rules validates every rule file: a broken one stops start-up here, naming the file and rule.
        services.GetRequiredService<ICascadeRules>();
        var db = services.GetRequiredService<PlansDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (!await db.Units.AnyAsync(u => u.Code == ProvinceRegister.NationCode, cancellationToken))
        {
            await SeedUnitsAsync(db, cancellationToken);
        }

        await IndicatorSeeder.SyncAsync(db, cancellationToken);
        await NationalPlanSeeder.SeedAsync(db, services.GetRequiredService<TimeProvider>(), cancellationToken);
    }

    private static async Task SeedUnitsAsync(PlansDbContext db, CancellationToken cancellationToken)
    {

        var nation = new AdministrativeUnit
        {
            Code = ProvinceRegister.NationCode,
            Name = ProvinceRegister.NationName,
            SearchName = VietnameseText.Fold(ProvinceRegister.NationName),
            Type = UnitTypes.NationType,
            Level = UnitLevel.Nation,
            ValidFrom = ProvinceRegister.NationValidFrom,
        };
        db.Units.Add(nation);
        db.Units.AddRange(ProvinceRegister.Provinces.Select(p => new AdministrativeUnit
        {
            Code = p.Code,
            Name = p.Name,
            SearchName = VietnameseText.Fold(p.Name),
            Type = p.Type,
            Level = UnitLevel.Province,
            Parent = nation,
            ValidFrom = ProvinceRegister.TwoTierStructure,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
