using Microsoft.Extensions.Localization;
using System.Globalization;
using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Texts;

namespace Platform.Plans.Cascade.Generate;

/// <summary>
/// Generates (or regenerates) Draft subordinate plans of a plan: for one direct subordinate unit, or all of them,
/// and with <see cref="Cascade"/> on down to communes. One transaction; idempotent.
/// </summary>
[RequiresPermission(Permission.WritePlans)]
internal sealed record GenerateSubordinatePlansCommand(
    string ParentCode, string? UnitCode = null, bool All = false, bool Cascade = false, int? ReportingOffsetDays = null)
    : IRequest<GenerationResult>;

internal sealed record ObligationDifference(
    string PlanCode, string UnitCode, string IndicatorCode, int Year, long? OldFloor, long? OldStretch, long? NewFloor, long? NewStretch, string Why);

internal sealed record MissingDataItem(string PlanCode, string UnitCode, string UnitName, string IndicatorCode, int Year, string Reason);

internal sealed record GenerationResult(
    string RunId,
    string ParentPlan,
    int Units,
    int PlansCreated,
    int PlansExisting,
    int ObligationsAdded,
    int ObligationsUpdated,
    int ObligationsUnchanged,
    int ObligationsKeptOverridden,
    int ObligationsRemoved,
    int MissingData,
    IReadOnlyList<ObligationDifference> Differences,
    IReadOnlyList<MissingDataItem> MissingDataItems,
    IReadOnlyList<string> LockedPlans)
{
    public const int ListedAtMost = 500;

    public bool Changed => PlansCreated + ObligationsAdded + ObligationsUpdated + ObligationsRemoved > 0;

    /// <summary>What happened, in one sentence in the request's language.</summary>
    public string Message => Changed
        ? Wording.Get("Generation.Changed", CultureInfo.CurrentUICulture, PlansCreated, PlansExisting, ObligationsAdded, ObligationsUpdated, ObligationsRemoved, ObligationsUnchanged, ObligationsKeptOverridden, MissingData)
        : Wording.Get("Generation.Unchanged", CultureInfo.CurrentUICulture, ObligationsUnchanged + ObligationsKeptOverridden, PlansExisting, MissingData);
}

internal sealed class GenerateSubordinatePlansValidator : AbstractValidator<GenerateSubordinatePlansCommand>
{
    public GenerateSubordinatePlansValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.ParentCode).NotEmpty();
        RuleFor(c => c.UnitCode)
            .Must((command, unitCode) => !(command.All && !string.IsNullOrWhiteSpace(unitCode)))
            .WithMessage(_ => texts["Generation.UnitOrAll"])
            .Must((command, unitCode) => command.All || !string.IsNullOrWhiteSpace(unitCode))
            .WithMessage(_ => texts["Generation.UnitOrAllRequired"]);
        RuleFor(c => c.ReportingOffsetDays).InclusiveBetween(0, 180).When(c => c.ReportingOffsetDays is not null)
            .WithMessage(_ => texts["Generation.OffsetRange"]);
    }
}
