using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Activities.RecordActivity;

internal sealed class RecordActivityValidator : AbstractValidator<RecordActivityCommand>
{
    public RecordActivityValidator(TimeProvider clock, IStringLocalizer<MonitoringTexts> texts)
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

/// <summary>
/// An activity of a unit in the caller's scope; one of a unit outside it, or of a code the caller cannot see, is not
/// found (404) and nothing is written.
/// </summary>
internal sealed class RecordActivityHandler(
    MonitoringDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<RecordActivityCommand, ActivityView>
{
    public async Task<ActivityView> Handle(RecordActivityCommand request, CancellationToken cancellationToken)
    {
        var input = request.Activity;
        var province = await sender.PlaceActivityAsync(caller.Scope, input, texts, cancellationToken);
        var activity = input.ToEntity(province, clock.GetUtcNow().UtcDateTime);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return ActivityViews.From(activity);
    }
}
