using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Plans.Texts;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Plans.Units.ImportUnits;

/// <summary>
/// Imports administrative units from CSV or Excel, all or nothing. Two shapes are accepted:
/// the statistics office register
/// (<c>province_code,province_name,province_type,commune_code,commune_name,commune_type</c>,
/// one commune a row under known provinces) and a generic one (<c>code,name,type,parent_code</c>, any level).
/// </summary>
[RequiresPermission(Permission.WriteRegister)]
public sealed record ImportUnitsCommand(byte[] Content, DateOnly? ValidFrom = null, DateOnly? ValidTo = null)
    : ICommand<ImportReport>
{
    public DateOnly EffectiveValidFrom => ValidFrom ?? ProvinceRegister.TwoTierStructure;
}

internal sealed class ImportUnitsValidator : AbstractValidator<ImportUnitsCommand>
{
    public ImportUnitsValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage(_ => TabularFile.EmptyFile);
        RuleFor(c => c.ValidTo)
            .Must((command, validTo) => validTo is null || validTo >= command.EffectiveValidFrom)
            .WithMessage(_ => texts["Import.Units.ValidToBeforeValidFrom"]);
    }
}
