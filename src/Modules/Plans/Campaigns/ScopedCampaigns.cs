using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns;

internal static class ScopedCampaigns
{
    /// <summary>The campaigns of the plans <paramref name="scope"/> may read: its units' and those above
    /// them.</summary>
    public static IQueryable<Campaign> CampaignsReadableIn(this PlansDbContext db, UnitScope scope) =>
        scope.IsNation
            ? db.Campaigns
            : db.Campaigns.Where(c => db.PlansReadableIn(scope).Any(p => p.Id == c.PlanId));

    /// <summary>Why a caller cannot change campaign <paramref name="code"/>: 404 when they cannot read it either, 403
    /// when it belongs to a plan above them.</summary>
    public static async Task<Exception> CampaignRefusalAsync(
        this PlansDbContext db,
        UnitScope scope,
        string code,
        IStringLocalizer<PlansTexts> texts,
        CancellationToken cancellationToken
    ) =>
        await db.CampaignsReadableIn(scope).AnyAsync(c => c.Code == code, cancellationToken)
            ? new ForbiddenException(texts["Campaign.ReadOnlyAbove", code])
            : new NotFoundException(texts["Campaign.NotFound", code]);
}
