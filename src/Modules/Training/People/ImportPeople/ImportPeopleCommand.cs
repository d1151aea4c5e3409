using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Training.People.ImportPeople;

/// <summary>
/// Registers people from CSV or Excel (<c>code,full_name,unit_code,audience[,gender,birth_year]</c>), all or nothing,
/// idempotent by the person code: a known code is updated, an identical row changes nothing.
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
internal sealed record ImportPeopleCommand(byte[] Content) : ICommand<ImportReport>;

internal sealed class ImportPeopleValidator : AbstractValidator<ImportPeopleCommand>
{
    public ImportPeopleValidator()
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage(_ => TabularFile.EmptyFile);
    }
}
