using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;
using Platform.Plans.Units;

namespace Platform.Plans.Campaigns.WriteCampaigns;

internal sealed class RebaseCampaignQuotaValidator : AbstractValidator<RebaseCampaignQuotaCommand>
{
    public const int MaxReason = 500;

    public RebaseCampaignQuotaValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => texts["CampaignRebase.ReasonRequired"]);
        RuleFor(c => c.Reason).MaximumLength(MaxReason).WithMessage(_ => texts["CampaignRebase.ReasonTooLong",
            MaxReason]);
        RuleFor(c => c.Level)
            .Must(l => l is UnitLevel.District or UnitLevel.Commune)
            .WithMessage(c => texts["CampaignRebase.LevelUnknown", c.Level?.ToString() ?? ""]);
    }
}

/// <summary>
/// A province's re-base of a campaign quota, and its removal: checked against the campaign (the quota counts units,
/// its window is not over, the province has units of the new level on the campaign's structure date), then the
/// campaign is landed again, so the province's row and the rows below it follow at once.
/// </summary>
internal sealed class RebaseCampaignHandlers(
    PlansDbContext db,
    ICurrentCaller caller,
    CampaignCascade cascade,
    TimeProvider clock,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<RebaseCampaignQuotaCommand, CampaignRebaseView>,
    IRequestHandler<ClearCampaignRebaseCommand, CampaignLanding>
{
    public async Task<CampaignRebaseView> Handle(RebaseCampaignQuotaCommand request, CancellationToken ct)
    {
        var (campaign, quota, province) = await LoadAsync(request.Code, request.QuotaCode, request.ProvinceCode, ct);
        var rebase = await db.CampaignRebases
            .SingleOrDefaultAsync(r => r.QuotaId == quota.Id && r.ProvinceId == province.Id, ct);
        request.IfMatch?.Ensure(rebase?.Version ?? 0, VersionedRecord.CampaignRebase, KeyOf(campaign, quota, province));
        var level = request.Level!.Value;
        await EnsureBasisAsync(campaign, quota, province, level, ct);
        if (rebase is null)
        {
            rebase = new CampaignRebase
            {
                Key = KeyOf(campaign, quota, province),
                CampaignId = campaign.Id,
                QuotaId = quota.Id,
                ProvinceId = province.Id,
                UnitCode = province.Code,
                Reason = "",
                RebasedBy = "",
            };
            db.CampaignRebases.Add(rebase);
        }

        rebase.Level = level;
        rebase.Reason = VietnameseText.Note(request.Reason)!;
        rebase.RebasedBy = caller.Name;
        rebase.RebasedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await cascade.RunAsync(campaign, ct);
        var row = await db.CampaignUnitQuotas.AsNoTracking()
            .SingleAsync(q => q.QuotaId == quota.Id && q.UnitId == province.Id, ct);
        return new CampaignRebaseView(campaign.Code, quota.Code, province.Code, rebase.Level, rebase.Reason,
            rebase.RebasedBy, rebase.RebasedAtUtc, row.Floor, row.Stretch, row.UnitCount, rebase.Version);
    }

    public async Task<CampaignLanding> Handle(ClearCampaignRebaseCommand request, CancellationToken ct)
    {
        var (campaign, quota, province) = await LoadAsync(request.Code, request.QuotaCode, request.ProvinceCode, ct);
        var rebase = await db.CampaignRebases
                .SingleOrDefaultAsync(r => r.QuotaId == quota.Id && r.ProvinceId == province.Id, ct)
            ?? throw new NotFoundException(texts["CampaignRebase.NotFound", quota.Code, province.Name]);
        request.IfMatch?.Ensure(rebase.Version, VersionedRecord.CampaignRebase, rebase.Key);
        db.CampaignRebases.Remove(rebase);
        await db.SaveChangesAsync(ct);
        var landing = await cascade.RunAsync(campaign, ct);
        return new CampaignLanding(campaign.Code, landing.Rows, landing.MissingData);
    }

    private static string KeyOf(Campaign campaign, CampaignQuota quota, AdministrativeUnit province) =>
        $"{campaign.Code}/{quota.Code}/{province.Code}";

    /// <summary>The campaign (readable by the caller), its quota, and the province in force on its structure date
    /// below its unit and in the caller's scope; the quota's window not over.</summary>
    private async Task<(Campaign, CampaignQuota, AdministrativeUnit)> LoadAsync(
        string code,
        string quotaCode,
        string provinceCode,
        CancellationToken ct
    )
    {
        var campaign = await db.CampaignsReadableIn(caller.Scope).Include(c => c.Quotas)
                .SingleOrDefaultAsync(c => c.Code == code, ct)
            ?? throw new NotFoundException(texts["Campaign.NotFound", code]);
        var quota = campaign.Quotas.SingleOrDefault(q => q.Code == quotaCode)
            ?? throw new NotFoundException(texts["CampaignRebase.QuotaNotFound", quotaCode, campaign.Code]);
        var on = campaign.StructureOn;
        var notFound = texts["CampaignRebase.ProvinceNotFound", provinceCode, campaign.Code];
        caller.Scope.EnsureCovers(provinceCode, provinceCode, notFound);
        var province = await db.Units.AsNoTracking()
                .Where(u => u.Code == provinceCode && u.Level == UnitLevel.Province)
                .Where(u => u.ValidFrom <= on && (u.ValidTo == null || u.ValidTo >= on))
                .Where(u => campaign.UnitCode == NationalUnit.Code || u.Id == campaign.UnitId)
                .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(notFound);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (today > quota.WindowEnd)
        {
            throw new ConflictException(texts["CampaignRebase.WindowOver", quota.Code, campaign.Code,
                Wording.Date(quota.WindowEnd)]);
        }

        return (campaign, quota, province);
    }

    /// <summary>Refuses, on <c>level</c>, a basis the quota cannot take: a share of a figure or a province's own
    /// count, the quota's own level, or a level the province has no unit of on the structure date.</summary>
    private async Task EnsureBasisAsync(
        Campaign campaign,
        CampaignQuota quota,
        AdministrativeUnit province,
        UnitLevel level,
        CancellationToken ct
    )
    {
        var levelName = texts[$"Campaign.Level.{level}"];
        string? problem = null;
        if (quota.Basis != CampaignQuotaBasis.PerUnit || quota.Level == UnitLevel.Province)
        {
            problem = texts["CampaignRebase.NotPerUnit", quota.Code];
        }
        else if (level == quota.Level)
        {
            problem = texts["CampaignRebase.SameLevel", quota.Code, levelName];
        }
        else
        {
            var on = campaign.StructureOn;
            var inForce = db.Units.Where(u => u.ValidFrom <= on && (u.ValidTo == null || u.ValidTo >= on));
            var any = await inForce.AnyAsync(u => u.Level == level
                && (u.ParentId == province.Id || inForce.Any(p => p.Id == u.ParentId && p.ParentId == province.Id)),
                ct);
            if (!any)
            {
                problem = texts["CampaignRebase.NoUnit", Wording.Date(on), levelName, province.Name];
            }
        }

        if (problem is not null)
        {
            throw new ValidationException([new ValidationFailure("level", problem)]);
        }
    }
}
