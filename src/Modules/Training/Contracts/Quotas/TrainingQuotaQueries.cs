using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Training.Contracts.Quotas;

/// <summary>A unit's training quotas and achievements for a year, per audience, with the same figures for each of its
/// direct subordinates.</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetTrainingQuotasQuery(string? UnitCode, int? Year) : IRequest<TrainingQuotaReport>;

public sealed record TrainingQuotaReport(
    string UnitCode,
    string UnitName,
    int Year,
    IReadOnlyList<TrainingQuotaRow> Unit,
    IReadOnlyList<TrainingQuotaRow> Subordinates
);
