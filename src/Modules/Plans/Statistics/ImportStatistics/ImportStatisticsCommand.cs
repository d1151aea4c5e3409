using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Plans.Statistics.ImportStatistics;

/// <summary>
/// Imports unit statistics (<c>unit_code,year,metric,value,source</c>) from CSV or Excel, all or nothing;
/// a figure already recorded with the same value and source is left alone.
/// </summary>
[RequiresPermission(Permission.WriteRegister)]
public sealed record ImportStatisticsCommand(byte[] Content) : ICommand<ImportReport>;

internal sealed class ImportStatisticsValidator : AbstractValidator<ImportStatisticsCommand>
{
    public ImportStatisticsValidator() => RuleFor(c => c.Content).NotEmpty().WithMessage(_ => TabularFile.EmptyFile);
}

/// <summary>
/// Imports the example figures shipped in <c>registers/sample-statistics.csv</c>, for a demonstration (the host's
/// <c>load-sample-statistics</c> verb): the same import as <see cref="ImportStatisticsCommand"/>, audited under the
/// file's name.
/// </summary>
[RequiresPermission(Permission.WriteRegister)]
public sealed record LoadSampleStatisticsCommand : ICommand<ImportReport>;

internal sealed class LoadSampleStatisticsHandler(IMediator sender, Auditing.AuditTrail audit)
    : IRequestHandler<LoadSampleStatisticsCommand, ImportReport>
{
    public Task<ImportReport> Handle(LoadSampleStatisticsCommand request, CancellationToken cancellationToken)
    {
        audit.FileName = Units.Register.EmbeddedRegister.SampleStatistics;
        return sender.Send(
            new ImportStatisticsCommand(
                Units.Register.EmbeddedRegister.Read(Units.Register.EmbeddedRegister.SampleStatistics)
            ),
            cancellationToken
        );
    }
}
