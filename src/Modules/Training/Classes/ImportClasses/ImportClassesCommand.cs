using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Training.Classes.ImportClasses;

/// <summary>
/// Schedules classes in bulk from CSV or Excel
/// (<c>code,unit_code,audience,title,start_date,end_date,sessions,capacity,trainers,venue,online</c>; trainers
/// separated by ';'), all or nothing, idempotent by the class code: an identical row changes nothing, a changed row
/// updates a class that has no attendance yet.
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
internal sealed record ImportClassesCommand(byte[] Content) : ICommand<ImportReport>;

internal sealed class ImportClassesValidator : AbstractValidator<ImportClassesCommand>
{
    public ImportClassesValidator()
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage(_ => TabularFile.EmptyFile);
    }
}
