using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Training.Contracts.Classes;
using Platform.Training.Persistence;
using Platform.Training.Texts;

namespace Platform.Training.Classes.ListClasses;

internal sealed class GetClassesValidator : AbstractValidator<GetClassesQuery>
{
    public GetClassesValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(q => q.Year)
            .NotNull()
            .WithMessage(_ => texts["Validation.YearRequired"])
            .InclusiveBetween(1945, 2100)
            .WithMessage(_ => texts["Validation.YearRange"]);
        RuleFor(q => q.Month)
            .InclusiveBetween(1, 12)
            .When(q => q.Month is not null)
            .WithMessage(_ => texts["Validation.MonthRange"]);
        RuleFor(q => q.UnitCode).MaximumLength(16);
    }
}

/// <summary>
/// Classes of the scope overlapping the period, read in one query with their seat counts; a unit's subtree is taken
/// from the structure of the year (a class's unit may have been merged away since).
/// </summary>
internal sealed class GetClassesHandler(
    TrainingDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<GetClassesQuery, IReadOnlyList<ClassSummary>>
{
    public async Task<IReadOnlyList<ClassSummary>> Handle(GetClassesQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year!.Value;
        var from = new DateOnly(year, request.Month ?? 1, 1);
        var to = request.Month is null ? new DateOnly(year, 12, 31) : from.AddMonths(1).AddDays(-1);
        var tree = await sender.Send(GetUnitTreeQuery.OfYear(year), cancellationToken);
        var unitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? null : request.UnitCode.Trim();
        if (unitCode is not null)
        {
            string unknown = texts["Quota.UnknownUnit", unitCode, year];
            _ = tree.Find(unitCode) ?? throw new NotFoundException(unknown);
            caller.Scope.EnsureCovers(unitCode, tree.ProvinceOf(unitCode), unknown);
        }

        var classes = await caller.Scope.Filter(db.Classes.AsNoTracking(), c => c.UnitCode, c => c.ProvinceCode)
            .Where(c => c.StartDate <= to && c.EndDate >= from)
            .OrderBy(c => c.StartDate).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Code,
                c.UnitCode,
                c.Audience,
                c.Title,
                c.StartDate,
                c.EndDate,
                c.Year,
                c.Sessions,
                c.Capacity,
                c.Venue,
                c.Online,
                Completed = c.CompletedAtUtc != null,
                Enrolled = db.Enrolments.Count(e => e.ClassId == c.Id && e.Status == EnrolmentStatus.Enrolled),
                Waiting = db.Enrolments.Count(e => e.ClassId == c.Id && e.Status == EnrolmentStatus.Waiting),
                CompletedTrainees = db.Enrolments.Count(e => e.ClassId == c.Id && e.Completed),
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. classes
                .Where(c => unitCode is null || unitCode == NationalUnit.Code || tree.IsWithin(c.UnitCode, unitCode))
                .Select(c => new ClassSummary(
                    c.Id,
                    c.Code,
                    c.UnitCode,
                    tree.Find(c.UnitCode)?.Name ?? c.UnitCode,
                    c.Audience,
                    c.Title,
                    c.StartDate,
                    c.EndDate,
                    c.Year,
                    c.Sessions,
                    c.Capacity,
                    c.Venue,
                    c.Online,
                    c.Completed,
                    c.Enrolled,
                    c.Waiting,
                    c.CompletedTrainees
                )),
        ];
    }
}
