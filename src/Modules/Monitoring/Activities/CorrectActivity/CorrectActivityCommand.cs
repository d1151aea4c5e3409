using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Activities.CorrectActivity;

/// <summary>
/// Replaces the fields of a recorded activity (a wrong count, date or unit), checked as a new one is. Refused (409)
/// once the yearly report of its unit and year, before or after the correction, has been submitted.
/// </summary>
[RequiresPermission(Permission.WriteMonitoring)]
internal sealed record CorrectActivityCommand(int Id, ActivityInput Activity, IfMatch? IfMatch = null) : IRequest<ActivityView>;

/// <summary>Withdraws an activity reported in error; refused (409) once its unit's yearly report for its year is submitted.</summary>
[RequiresPermission(Permission.WriteMonitoring)]
internal sealed record WithdrawActivityCommand(int Id, IfMatch? IfMatch = null) : IRequest;

internal sealed class CorrectActivityValidator : AbstractValidator<CorrectActivityCommand>
{
    public CorrectActivityValidator(TimeProvider clock, IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(c => c.Activity).NotNull().WithMessage(_ => texts["Activity.JsonRequired"]).DependentRules(() =>
            RuleFor(c => c.Activity).Custom((activity, context) =>
            {
                foreach (var (field, message) in activity.Problems(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), texts))
                {
                    context.AddFailure(new ValidationFailure(field, message));
                }
            }));
    }
}
