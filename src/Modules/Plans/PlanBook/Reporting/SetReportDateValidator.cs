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
            .Must(due => DayMonth.Parse(due) is not null).WithMessage(c => texts["ReportDate.NotADay", Echo(c.Due!)]);
    }

    /// <summary>What was sent, shortened: a message quotes the input, not 10,000 characters of it.</summary>
    private static string Echo(string due) => due.Length > 20 ? string.Concat(due.AsSpan(0, 20), "…") : due;
}
