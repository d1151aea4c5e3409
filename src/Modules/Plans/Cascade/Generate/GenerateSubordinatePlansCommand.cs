using FluentValidation;
using MediatR;

namespace Platform.Plans.Cascade.Generate;

/// <summary>
/// Generates (or regenerates) Draft subordinate plans of a plan: for one direct subordinate unit, or all of them,
/// and with <see cref="Cascade"/> on down to communes. One transaction; idempotent.
/// </summary>
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

    public string Message => Changed
        ? $"{PlansCreated} plan(s) created, {PlansExisting} regenerated; obligations: {ObligationsAdded} added, {ObligationsUpdated} updated, {ObligationsRemoved} removed, {ObligationsUnchanged} unchanged, {ObligationsKeptOverridden} kept as overridden; {MissingData} marked missing data."
        : $"Nothing changed: all {ObligationsUnchanged + ObligationsKeptOverridden} obligations of {PlansExisting} plan(s) are up to date ({MissingData} marked missing data).";
}

internal sealed class GenerateSubordinatePlansValidator : AbstractValidator<GenerateSubordinatePlansCommand>
{
    public GenerateSubordinatePlansValidator()
    {
        RuleFor(c => c.ParentCode).NotEmpty();
        RuleFor(c => c.UnitCode)
            .Must((command, unitCode) => !(command.All && !string.IsNullOrWhiteSpace(unitCode)))
            .WithMessage("Give either unitCode (one direct subordinate) or all: true (every direct subordinate), not both.")
            .Must((command, unitCode) => command.All || !string.IsNullOrWhiteSpace(unitCode))
            .WithMessage("Give unitCode (one direct subordinate) or all: true.");
        RuleFor(c => c.ReportingOffsetDays).InclusiveBetween(0, 180).When(c => c.ReportingOffsetDays is not null)
            .WithMessage("reportingOffsetDays must be between 0 and 180.");
    }
}
