using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Training.Contracts;
using Platform.Training.Contracts.People;
using Platform.Training.Persistence;
using Platform.Training.Texts;

namespace Platform.Training.People.SearchPeople;

internal sealed class SearchPeopleValidator : AbstractValidator<SearchPeopleQuery>
{
    public const int MaxTop = 100;

    public SearchPeopleValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(q => q.Search).MaximumLength(100).WithMessage(_ => texts["Validation.SearchTooLong", 100]);
        RuleFor(q => q.Audience).Must(TrainingAudiences.IsKnown).When(q => q.Audience is not null)
            .WithMessage(_ => texts["Validation.AudienceUnknown", string.Join(", ", TrainingAudiences.All)]);
        RuleFor(q => q.Year)
            .InclusiveBetween(1945, 2100)
            .When(q => q.Year is not null)
            .WithMessage(_ => texts["Validation.YearRange"]);
        RuleFor(q => q.Top).InclusiveBetween(1, MaxTop).WithMessage(_ => texts["Validation.TopRange", MaxTop]);
        RuleFor(q => q.UnitCode).MaximumLength(16);
    }
}

/// <summary>
/// The folded name column (no diacritics, lower case) carries the search, so SQL compares ASCII only; a unit's subtree
/// becomes the list of its unit codes, so the database keeps only the people a class of that unit may enrol.
/// </summary>
internal sealed class SearchPeopleHandler(
    TrainingDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<SearchPeopleQuery, IReadOnlyList<PersonSummary>>
{
    public async Task<IReadOnlyList<PersonSummary>> Handle(
        SearchPeopleQuery request,
        CancellationToken cancellationToken
    )
    {
        var year = request.Year ?? clock.GetUtcNow().Year;
        var tree = await sender.Send(GetUnitTreeQuery.OfYear(year), cancellationToken);
        var people = caller.Scope.Filter(db.People.AsNoTracking(), p => p.UnitCode, p => p.ProvinceCode);
        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            var unitCode = request.UnitCode.Trim();
            string unknown = texts["Quota.UnknownUnit", unitCode, year];
            _ = tree.Find(unitCode) ?? throw new NotFoundException(unknown);
            caller.Scope.EnsureCovers(unitCode, tree.ProvinceOf(unitCode), unknown);
            if (unitCode != NationalUnit.Code)
            {
                var subtree = tree.All.Where(n => tree.IsWithin(n.Code, unitCode)).Select(n => n.Code).ToList();
                people = people.Where(p => subtree.Contains(p.UnitCode));
            }
        }

        if (request.Audience is not null)
        {
            people = people.Where(p => p.Audience == request.Audience);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var folded = VietnameseText.Fold(request.Search);
            var code = request.Search.Trim();
            var upper = code.ToUpperInvariant();
            people = people.Where(p =>
                p.SearchName.Contains(folded) || p.Code.Contains(code) || p.Code.Contains(upper)
            );
        }

        var found = await people.OrderBy(p => p.SearchName).ThenBy(p => p.Code).Take(request.Top)
            .Select(p => new { p.Code, p.FullName, p.UnitCode, p.Audience, p.Gender, p.BirthYear })
            .ToListAsync(cancellationToken);
        return
        [
            .. found.Select(p => new PersonSummary(
                p.Code,
                p.FullName,
                p.UnitCode,
                tree.Find(p.UnitCode)?.Name ?? p.UnitCode,
                p.Audience,
                p.Gender,
                p.BirthYear
            )),
        ];
    }
}
