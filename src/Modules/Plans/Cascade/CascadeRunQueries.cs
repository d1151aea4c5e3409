using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Texts;

namespace Platform.Plans.Cascade;

/// <summary>The recent runs of this process as the caller's scope shows them (<see cref="CascadeRuns"/>).</summary>
internal sealed class CascadeRunQueryHandlers(CascadeRuns runs, IStringLocalizer<PlansTexts> texts) :
    IRequestHandler<GetCascadeRunQuery, CascadeRunStatus>,
    IRequestHandler<GetCascadeRunsQuery, IReadOnlyList<CascadeRunStatus>>,
    IRequestHandler<GetCascadeRunResultQuery, GenerationResult>
{
    public Task<GenerationResult> Handle(GetCascadeRunResultQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(
            runs.ResultOf(request.RunId) ?? throw new NotFoundException(texts["CascadeRun.NoResult", request.RunId])
        );

    public Task<CascadeRunStatus> Handle(GetCascadeRunQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(
            runs.Find(request.RunId) ?? throw new NotFoundException(texts["CascadeRun.NotFound", request.RunId])
        );

    public Task<IReadOnlyList<CascadeRunStatus>> Handle(
        GetCascadeRunsQuery request,
        CancellationToken cancellationToken
    ) =>
        Task.FromResult<IReadOnlyList<CascadeRunStatus>>(
            runs.Recent()
                .Where(r =>
                    request.ParentPlan is null
                    || string.Equals(r.ParentPlan, request.ParentPlan, StringComparison.Ordinal)
                )
                .ToList()
        );
}
