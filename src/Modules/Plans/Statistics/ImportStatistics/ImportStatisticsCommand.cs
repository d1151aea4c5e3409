using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Tabular;

namespace Platform.Plans.Statistics.ImportStatistics;

/// <summary>
/// Imports unit statistics (<c>unit_code,year,metric,value,source</c>) from CSV or Excel, all or nothing;
/// a figure already recorded with the same value and source is left alone.
/// </summary>
[RequiresPermission(Permission.WriteRegister)]
public sealed record ImportStatisticsCommand(byte[] Content) : IRequest<ImportReport>;

internal sealed class ImportStatisticsValidator : AbstractValidator<ImportStatisticsCommand>
{
    public ImportStatisticsValidator() => RuleFor(c => c.Content).NotEmpty().WithMessage(_ => TabularFile.EmptyFile);
}
