using FluentValidation;
using Microsoft.Extensions.Localization;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Texts;

namespace Platform.Plans.Campaigns.ReadCampaigns;

internal sealed class ListCampaignsValidator : AbstractValidator<ListCampaignsQuery>
{
    public ListCampaignsValidator(IStringLocalizer<PlansTexts> texts) =>
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage(q => texts["Campaign.YearRange", q.Year!])
            .OverridePropertyName("year");
}
