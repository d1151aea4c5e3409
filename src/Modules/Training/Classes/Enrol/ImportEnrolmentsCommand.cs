using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Training.Classes.Enrol;

/// <summary>
/// Enrolments in bulk from CSV or Excel (<c>class_code,person_code</c>), all or nothing, in file order: while a class
/// has seats people are enrolled, then they join its waiting list. Someone already in the class is unchanged, so
/// re-sending a file changes nothing.
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
internal sealed record ImportEnrolmentsCommand(byte[] Content) : ICommand<ImportReport>;

internal sealed class ImportEnrolmentsValidator : AbstractValidator<ImportEnrolmentsCommand>
{
    public ImportEnrolmentsValidator()
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage(_ => TabularFile.EmptyFile);
    }
}
