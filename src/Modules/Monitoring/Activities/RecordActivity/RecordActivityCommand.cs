using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Platform.Monitoring.Persistence;

namespace Platform.Monitoring.Activities.RecordActivity;

/// <summary>One activity entered by a unit.</summary>
internal sealed record RecordActivityCommand(ActivityInput Activity) : IRequest<ActivityView>;

internal sealed class RecordActivityValidator : AbstractValidator<RecordActivityCommand>
{
    public RecordActivityValidator(TimeProvider clock)
    {
        RuleFor(c => c.Activity).NotNull().WithMessage("Send the activity as JSON.").DependentRules(() =>
            RuleFor(c => c.Activity).Custom((activity, context) =>
            {
                foreach (var (field, message) in activity.Problems(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
                {
                    context.AddFailure(new ValidationFailure(field, message));
                }
            }));
    }
}

internal sealed class RecordActivityHandler(MonitoringDbContext db, IMediator sender, TimeProvider clock) : IRequestHandler<RecordActivityCommand, ActivityView>
{
    public async Task<ActivityView> Handle(RecordActivityCommand request, CancellationToken cancellationToken)
    {
        var input = request.Activity;
        if (await new UnitDirectory(sender).FindAsync(input.UnitCode!, input.Date!.Value, cancellationToken) is null)
        {
            throw new ValidationException([new ValidationFailure("unitCode", $"no unit '{input.UnitCode}' is in force on {input.Date:yyyy-MM-dd}.")]);
        }

        var activity = input.ToEntity(clock.GetUtcNow().UtcDateTime);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return ActivityView.From(activity);
    }
}
