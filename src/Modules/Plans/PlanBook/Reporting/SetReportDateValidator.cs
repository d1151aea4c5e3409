using FluentValidation;
using Microsoft.Extensions.Localization;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.Reporting;

internal sealed class SetReportDateValidator : AbstractValidator<SetReportDateCommand>
{
    public SetReportDateValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.Code).NotEmpty();
        RuleFor(c => c.Due).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["ReportDate.Required"])
            .Must(due => DayMonth.Parse(due) is not null).WithMessage(c => texts["ReportDate.NotADay", c.Due!]);
    }
}
