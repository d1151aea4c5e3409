using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Training.Classes.Attendance;

/// <summary>
/// Attendance marks in bulk from CSV or Excel (<c>class_id,session,person_code</c>, one row per trainee present at a
/// session), all or nothing. Marks already recorded are unchanged, so re-sending a file changes nothing.
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
internal sealed record ImportAttendanceCommand(byte[] Content) : ICommand<ImportReport>;

internal sealed class ImportAttendanceValidator : AbstractValidator<ImportAttendanceCommand>
{
    public ImportAttendanceValidator()
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage(_ => TabularFile.EmptyFile);
    }
}
