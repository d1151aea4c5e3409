using FluentValidation;
using MediatR;

namespace Platform.Training.Classes.Enrol;

/// <summary>
/// Enrols people in a class, in the order given: while seats are left they are enrolled, after that they join the
/// waiting list. All or nothing: one unknown, duplicate or out-of-reach person refuses the whole request.
/// </summary>
internal sealed record EnrolCommand(int ClassId, IReadOnlyList<string>? PersonCodes) : IRequest<EnrolmentResult>;

internal sealed record EnrolmentResult(int ClassId, int Enrolled, int Waiting, IReadOnlyList<EnrolmentOutcome> People);

internal sealed record EnrolmentOutcome(string PersonCode, string Status, int? WaitingPosition);

internal sealed class EnrolValidator : AbstractValidator<EnrolCommand>
{
    public const int MaxPeople = 1000;

    public EnrolValidator()
    {
        RuleFor(c => c.PersonCodes).NotEmpty().WithMessage("personCodes must name at least one person.")
            .Must(c => c is null || c.Count <= MaxPeople).WithMessage($"personCodes may name at most {MaxPeople} people at once.")
            .Must(c => c is null || c.All(code => !string.IsNullOrWhiteSpace(code))).WithMessage("personCodes must not contain blanks.")
            .Must(c => c is null || c.Select(code => code?.Trim()).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithMessage("personCodes names the same person twice.");
    }
}
