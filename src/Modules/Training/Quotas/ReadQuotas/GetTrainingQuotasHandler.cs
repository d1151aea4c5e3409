using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Training.Texts;
using Platform.Training.Contracts.Quotas;

namespace Platform.Training.Quotas.ReadQuotas;

internal sealed class GetTrainingQuotasValidator : AbstractValidator<GetTrainingQuotasQuery>
{
    public GetTrainingQuotasValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(q => q.Year)
            .NotNull()
            .WithMessage(_ => texts["Validation.YearRequired"])
            .InclusiveBetween(1945, 2100)
            .WithMessage(_ => texts["Validation.YearRange"]);
        RuleFor(q => q.UnitCode).MaximumLength(16);
    }
}

/// <summary>
/// The report of a unit in the caller's scope (by default the scope's own unit); a unit outside it is not found. The
/// subordinates of a unit in scope are all in it.
/// </summary>
internal sealed class GetTrainingQuotasHandler(
    QuotaCalculator calculator,
    IMediator sender,
    ICurrentCaller caller,
    IStringLocalizer<TrainingTexts> texts
) : IRequestHandler<GetTrainingQuotasQuery, TrainingQuotaReport>
{
    public const string Nation = Plans.Contracts.NationalUnit.Code;

    public async Task<TrainingQuotaReport> Handle(GetTrainingQuotasQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year!.Value;
        var code = string.IsNullOrWhiteSpace(request.UnitCode)
            ? caller.Scope.HomeUnit(Nation)
            : request.UnitCode.Trim();
        var tree = await sender.Send(GetUnitTreeQuery.OfYear(year), cancellationToken);
        string unknown = texts["Quota.UnknownUnit", code, year];
        var unit = tree.Find(code) ?? throw new NotFoundException(unknown);
        caller.Scope.EnsureCovers(code, tree.ProvinceOf(code), unknown);
        var rows = (await calculator.ComputeAsync(year, cancellationToken, code)).Values.ToLookup(
            r => r.UnitCode,
            StringComparer.Ordinal
        );
        return new TrainingQuotaReport(
            unit.Code, unit.Name, year,
            [.. rows[code].OrderBy(r => r.Audience, StringComparer.Ordinal)],
            [.. tree.ChildrenOf(code).SelectMany(c => rows[c.Code].OrderBy(r => r.Audience, StringComparer.Ordinal))]);
    }
}
