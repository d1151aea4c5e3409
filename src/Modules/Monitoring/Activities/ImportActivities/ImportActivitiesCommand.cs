using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Monitoring.Texts;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Monitoring.Activities.ImportActivities;

/// <summary>
/// Imports activities from CSV or Excel, all or nothing:
/// <c>unit_code,date,kind,audience_group,communication_form,count,participants,notes</c> (count defaults to 1;
/// participants and notes are optional). A row identical to an activity already recorded is <i>unchanged</i>, so a
/// file imported twice is not counted twice.
/// </summary>
[RequiresPermission(Permission.WriteMonitoring)]
internal sealed record ImportActivitiesCommand(byte[] Content) : ICommand<ImportReport>;

internal sealed class ImportActivitiesValidator : AbstractValidator<ImportActivitiesCommand>
{
    public ImportActivitiesValidator(IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage(_ => texts["Import.FileEmpty"]);
    }
}
