using FluentValidation;
using MediatR;

namespace Platform.Training.Classes.Attendance;

/// <summary>The register of one session: exactly these trainees were present (it replaces an earlier register of that session).</summary>
internal sealed record RecordAttendanceCommand(int ClassId, int Session, IReadOnlyList<string>? Present) : IRequest<AttendanceResult>;

internal sealed record AttendanceResult(int ClassId, int Session, int Present, int Absent);

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceValidator()
    {
        RuleFor(c => c.Session).GreaterThanOrEqualTo(1).WithMessage("session counts from 1.");
        RuleFor(c => c.Present).NotNull().WithMessage("present is required (an empty list if nobody came).")
            .Must(p => p is null || p.All(code => !string.IsNullOrWhiteSpace(code))).WithMessage("present must not contain blanks.")
            .Must(p => p is null || p.Select(code => code?.Trim()).Distinct(StringComparer.Ordinal).Count() == p.Count)
            .WithMessage("present names the same person twice.");
    }
}
