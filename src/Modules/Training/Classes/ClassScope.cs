using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Training.Persistence;
using Platform.Training.Texts;

namespace Platform.Training.Classes;

/// <summary>A class as the caller may see it: one held by a unit outside the scope does not exist for them.</summary>
internal static class ClassScope
{
    public static async Task<TrainingClass> FindAsync(
        TrainingDbContext db,
        UnitScope scope,
        int classId,
        IStringLocalizer<TrainingTexts> texts,
        CancellationToken cancellationToken
    ) =>
        await scope
            .Filter(db.Classes.AsNoTracking(), c => c.UnitCode, c => c.ProvinceCode)
            .SingleOrDefaultAsync(c => c.Id == classId, cancellationToken)
        ?? throw new NotFoundException(texts["Class.NotFound", classId]);
}
