using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Campaigns;

namespace Platform.Monitoring.Activities;

/// <summary>
/// The unit a write names, as the caller may know it. A caller whose scope does not cover everything cannot tell a
/// code that does not exist from one outside their scope: both are not found (404) with the same message, so no one
/// learns which codes exist elsewhere. A caller who sees the whole nation gets a 400 on the field instead.
/// </summary>
internal static class UnitInScope
{
    /// <summary>The province of <paramref name="code"/> on <paramref name="on"/>, once in force and in scope.</summary>
    public static async Task<string?> EnsureWritableAsync(
        this IMediator sender, UnitScope scope, string code, DateOnly on, string notInForce, string notFound,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(scope);
        var units = await sender.Send(new GetUnitTreeQuery(on, [code]), cancellationToken);
        if (units.Find(code) is null)
        {
            // Unknown on the date: not found unless the caller sees everything (or named their own unit's code).
            scope.EnsureCovers(code, null, notFound);
            throw new ValidationException([new ValidationFailure("unitCode", notInForce)]);
        }

        var province = units.ProvinceOf(code);
        scope.EnsureCovers(code, province, notFound);
        return province;
    }

    /// <summary>
    /// The province of an activity's unit, once the unit is writable on the activity's date and its campaign, if it
    /// names one, is a campaign the caller may read, of the activity's years, that the unit takes part in. A campaign
    /// older than the structures the platform holds is placed on its structure date (the 2020 launch day's districts
    /// are those of 2021).
    /// </summary>
    public static async Task<string?> PlaceActivityAsync(
        this IMediator sender, UnitScope scope, ActivityInput input, IStringLocalizer<MonitoringTexts> texts,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(input);
        var day = input.Date!.Value;
        CampaignView? campaign = null;
        if (!string.IsNullOrWhiteSpace(input.CampaignCode))
        {
            var code = input.CampaignCode.Trim();
            campaign = await sender.FindAsync(code, cancellationToken)
                ?? throw Invalid("campaignCode", texts["Activity.CampaignUnknown", code]);
            if (ActivityCampaigns.YearsProblem(day, campaign, texts) is { } years)
            {
                throw Invalid("date", years);
            }
        }

        var unit = input.UnitCode!;
        var date = ActivityInputRules.Iso(day);
        var province = await sender.EnsureWritableAsync(scope, unit, ActivityCampaigns.PlacedOn(day, campaign),
            texts["Activity.UnitNotInForce", unit, date], texts["Activity.UnitNotFound", unit, date],
            cancellationToken);
        if (campaign is not null && ActivityCampaigns.AreaProblem(unit, province, campaign, texts) is { } area)
        {
            throw Invalid("campaignCode", area);
        }

        return province;
    }

    private static ValidationException Invalid(string field, string message) =>
        new([new ValidationFailure(field, message)]);
}
