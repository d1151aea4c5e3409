using System.Globalization;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Texts;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Plans.Contracts.PlanBook;

/// <summary>
/// Generates (or regenerates) Draft subordinate plans of a plan: for one direct subordinate unit, or all of them,
/// and with <see cref="Cascade"/> on down to communes. One transaction; idempotent. Its progress is read as a run
/// (<see cref="GetCascadeRunQuery"/>) under <see cref="RunId"/> when the sender picks one (so that it can watch a run
/// it has not got an answer for yet), else under one the platform picks.
/// </summary>
[RequiresPermission(Permission.WritePlans)]
public sealed record GenerateSubordinatePlansCommand(
    string ParentCode, string? UnitCode = null, bool All = false, bool Cascade = false, string? RunId = null)
    : ICommand<GenerationResult>
{
    /// <summary>A run id of the sender's choosing: 12 to 32 lower-case letters and digits (a new Guid's "N" form
    /// fits).</summary>
    public static string NewRunId() => Guid.NewGuid().ToString("N");
}

public sealed record ObligationDifference(
    string PlanCode,
    string UnitCode,
    string IndicatorCode,
    int Year,
    long? OldFloor,
    long? OldStretch,
    long? NewFloor,
    long? NewStretch,
    string Why
);

public sealed record MissingDataItem(
    string PlanCode,
    string UnitCode,
    string UnitName,
    string IndicatorCode,
    int Year,
    string Reason
);

public sealed record GenerationResult(
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

    /// <summary>What happened, in one sentence in the request's language, its counts written as the reader writes them
    /// ("3.365").</summary>
    public string Message =>
        Changed
            ? Wording.Get(
                "Generation.Changed",
                CultureInfo.CurrentUICulture,
                N(PlansCreated),
                N(PlansExisting),
                N(ObligationsAdded),
                N(ObligationsUpdated),
                N(ObligationsRemoved),
                N(ObligationsUnchanged),
                N(ObligationsKeptOverridden),
                N(MissingData)
            )
            : Wording.Get(
                "Generation.Unchanged",
                CultureInfo.CurrentUICulture,
                N(ObligationsUnchanged + ObligationsKeptOverridden),
                N(PlansExisting),
                N(MissingData)
            );

    private static string N(int value) => Wording.Number(value);
}
