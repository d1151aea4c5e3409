using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Deadlines;

internal sealed class GetDeadlinesValidator : AbstractValidator<GetDeadlinesQuery>
{
    public GetDeadlinesValidator(IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage(_ => texts["Report.YearRange"]);
        RuleFor(q => q.Level).IsInEnum().WithMessage(_ => texts["Deadline.LevelUnknown"]);
    }
}

/// <summary>
/// The deadlines of the plans in the caller's scope: <see cref="DeadlineCalculator"/> answers for everyone, then the
/// rows outside the scope are dropped, and a plan named outside it is not found (404), as an unknown one.
/// </summary>
internal sealed class GetDeadlinesHandler(
    DeadlineCalculator calculator,
    ICurrentCaller caller,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<GetDeadlinesQuery, IReadOnlyList<DeadlineRow>>
{
    public async Task<IReadOnlyList<DeadlineRow>> Handle(GetDeadlinesQuery request, CancellationToken cancellationToken)
    {
        var rows = await calculator.ComputeAsync(request, cancellationToken);
        if (request.UnderPlanCode is { } plan && rows.FirstOrDefault(r => r.PlanCode == plan) is { } root)
        {
            caller.Scope.EnsureCovers(root.UnitCode, root.ProvinceCode, texts["Report.PlanNotFound", plan]);
        }

        return rows.Where(r => caller.Scope.Covers(r.UnitCode, r.ProvinceCode)).ToList();
    }
}
