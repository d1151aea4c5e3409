using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Deadlines;

/// <summary>Where a yearly report stands as of a date.</summary>
internal enum DeadlineStatus
{
    /// <summary>Not submitted; not yet due.</summary>
    Pending,

    /// <summary>Not submitted and past its due date.</summary>
    Overdue,

    /// <summary>Submitted on or before the due date.</summary>
    SubmittedOnTime,

    /// <summary>Submitted after the due date.</summary>
    SubmittedLate,
}

internal sealed record DeadlineRow(
    string PlanCode, string UnitCode, UnitLevel Level, int Year, string Title, string Recipient, DateOnly Due,
    DateOnly? SubmittedOn, DeadlineStatus Status, int DaysLate, DateOnly AsOf, string? ProvinceCode = null);

/// <summary>
/// The yearly reports due in <paramref name="Year"/> (from the plans' deadlines) with their submission status as of
/// <paramref name="AsOf"/> (default today). <paramref name="OverdueOnly"/> keeps the late ones: overdue, or submitted late.
/// Only plans in the caller's scope.
/// </summary>
[RequiresPermission(Permission.Read)]
internal sealed record GetDeadlinesQuery(int Year, DateOnly? AsOf = null, UnitLevel? Level = null, string? UnderPlanCode = null, bool OverdueOnly = false)
    : IRequest<IReadOnlyList<DeadlineRow>>;

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
internal sealed class GetDeadlinesHandler(DeadlineCalculator calculator, ICurrentCaller caller, IStringLocalizer<MonitoringTexts> texts) : IRequestHandler<GetDeadlinesQuery, IReadOnlyList<DeadlineRow>>
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
