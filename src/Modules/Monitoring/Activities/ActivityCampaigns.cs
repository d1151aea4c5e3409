using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;

namespace Platform.Monitoring.Activities;

/// <summary>
/// The one set of checks an activity's campaign passes, for the form (<see cref="UnitInScope.PlaceActivityAsync"/>)
/// and the file import alike, each naming its own field: a campaign the caller may read, of the activity's years,
/// whose area holds the unit; the unit is looked up on the campaign's structure date when the activity is older.
/// </summary>
internal static class ActivityCampaigns
{
    /// <summary>Campaign <paramref name="code"/> as the caller may read it, or null.</summary>
    public static async Task<CampaignView?> FindAsync(this IMediator sender, string code, CancellationToken ct)
    {
        try
        {
            return await sender.Send(new GetCampaignQuery(code), ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>The day the activity's unit is looked up on: its date, or its campaign's structure date when
    /// older.</summary>
    public static DateOnly PlacedOn(DateOnly day, CampaignView? campaign) =>
        campaign is not null && day < campaign.StructureOn ? campaign.StructureOn : day;

    /// <summary>Why an activity of <paramref name="day"/> cannot be under <paramref name="campaign"/>'s years, or
    /// null.</summary>
    public static string? YearsProblem(DateOnly day, CampaignView campaign, IStringLocalizer<MonitoringTexts> texts) =>
        day.Year < campaign.StartDate.Year || day.Year > campaign.EndDate.Year
            ? texts["Activity.OutsideCampaignYears", ActivityInputRules.Iso(day), campaign.Code,
                campaign.StartDate.Year, campaign.EndDate.Year].Value
            : null;

    /// <summary>Why unit <paramref name="unit"/> of province <paramref name="province"/> takes no part in
    /// <paramref name="campaign"/> (a campaign of another province or commune), or null.</summary>
    public static string? AreaProblem(
        string unit,
        string? province,
        CampaignView campaign,
        IStringLocalizer<MonitoringTexts> texts
    ) =>
        campaign.UnitCode != NationalUnit.Code && campaign.UnitCode != unit && campaign.UnitCode != province
            ? texts["Activity.OutsideCampaign", unit, campaign.Code, campaign.UnitName].Value
            : null;
}
