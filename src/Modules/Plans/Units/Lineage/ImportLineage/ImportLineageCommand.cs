using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Plans.Units.Lineage.ImportLineage;

/// <summary>
/// Imports an official conversion table, all or nothing, through the validator the embedded tables go through: the
/// commune table's shape (<c>province_code,commune_code,…,old_commune_code,old_commune_name,note</c>) or the province
/// one (<c>old_province_code,old_province_name,province_code,province_name</c>). Old units are those in force the day
/// before <paramref name="Effective"/> (default 2025-07-01), new ones those in force on it. Re-importing is idempotent.
/// </summary>
[RequiresPermission(Permission.WriteRegister)]
internal sealed record ImportLineageCommand(byte[] Content, DateOnly? Effective = null) : ICommand<ImportReport>
{
    public DateOnly EffectiveDate => Effective ?? ProvinceRegister.TwoTierStructure;
}

internal sealed class ImportLineageValidator : AbstractValidator<ImportLineageCommand>
{
    public ImportLineageValidator() => RuleFor(c => c.Content).NotEmpty().WithMessage(_ => TabularFile.EmptyFile);
}
