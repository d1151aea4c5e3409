using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Activities.CorrectActivity;

internal sealed class CorrectActivityValidator : AbstractValidator<CorrectActivityCommand>
{
    public CorrectActivityValidator(TimeProvider clock, IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(c => c.Activity)
            .NotNull()
            .WithMessage(_ => texts["Activity.JsonRequired"])
            .DependentRules(() =>
                RuleFor(c => c.Activity)
                    .Custom(
                        (activity, context) =>
                        {
                            foreach (
                                var (field, message) in activity.Problems(
                                    DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                                    texts
                                )
                            )
                            {
                                context.AddFailure(new ValidationFailure(field, message));
                            }
                        }
                    )
            );
    }
}
