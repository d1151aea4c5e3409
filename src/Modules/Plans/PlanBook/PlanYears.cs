using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook;

internal static class PlanYears
{
    /// <summary>A year asked of a plan must lie in its period: else a 400 on <c>year</c> that names the
    /// period.</summary>
    public static void EnsureWithin(Plan plan, int year, IStringLocalizer<PlansTexts> texts)
    {
        if (year < plan.StartYear || year > plan.EndYear)
        {
            throw new ValidationException([
                new ValidationFailure("year", texts["Plan.YearOutside", year, plan.Code, plan.StartYear, plan.EndYear]),
            ]);
        }
    }
}
