using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Documents;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Plans.PlanBook.Documents;

/// <summary>Reads what a plan's document needs (a plan in or above the caller's scope) and writes it.</summary>
internal sealed class PlanDocumentHandler(PlansDbContext db, ICurrentCaller caller, IStringLocalizer<PlansTexts> texts)
    : IRequestHandler<GetPlanDocumentQuery, PlanDocumentFile>
{
    public async Task<PlanDocumentFile> Handle(GetPlanDocumentQuery request, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(db, caller.Scope, request.Code, request.Year, texts, cancellationToken);
        var document = PlanDocumentComposer.Compose(source, CultureInfo.CurrentUICulture);
        var name = source.Year is { } year ? $"{source.Plan.UnitCode}-{year}" : source.Plan.Code;
        return new PlanDocumentFile($"ke-hoach-{name}.docx", AdministrativeDocumentWriter.ToBytes(document));
    }

    public static async Task<PlanDocumentSource> LoadAsync(
        PlansDbContext db,
        UnitScope scope,
        string code,
        int? year,
        IStringLocalizer<PlansTexts> texts,
        CancellationToken cancellationToken
    )
    {
        var plan = await db.PlansReadableIn(scope)
            .AsNoTracking()
            .Include(p => p.Parent)
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new NotFoundException(texts["Plan.NotFound", code]);
        if (plan.IsYearPlan)
        {
            // A yearly plan is its multi-year plan's document for its year, under its own title, texts and status.
            var multiYear = await LoadAsync(db, scope, plan.Parent!.Code, plan.StartYear, texts, cancellationToken);
            plan.Deadlines = multiYear.Plan.Deadlines;
            return multiYear with { Plan = plan };
        }

        if (plan.Parent is null)
        {
            throw new RuleViolationException(texts["Doc.NationalPlan", plan.Code]);
        }

        if (year is { } asked)
        {
            PlanYears.EnsureWithin(plan, asked, texts);
        }

        var unit = await db
            .Units.AsNoTracking()
            .Include(u => u.Parent)
            .SingleAsync(u => u.Id == plan.UnitId, cancellationToken);
        var parentPlanUnit = await db
            .Units.AsNoTracking()
            .Where(u => u.Id == plan.Parent.UnitId)
            .Select(u => u.Name)
            .SingleAsync(cancellationToken);
        var own = await db
            .Obligations.AsNoTracking()
            .Where(o => o.PlanId == plan.Id && o.UnitId == plan.UnitId && (year == null || o.Year == year))
            .ToListAsync(cancellationToken);
        var below = await (
            from o in db.ObligationsIn(scope).AsNoTracking()
            join p in db.Plans on o.PlanId equals p.Id
            join u in db.Units on o.UnitId equals u.Id
            where p.ParentPlanId == plan.Id && p.UnitId == o.UnitId && (year == null || o.Year == year)
            select new
            {
                Obligation = o,
                u.Code,
                u.Name,
            }
        ).ToListAsync(cancellationToken);
        var subordinates = below
            .GroupBy(b => (b.Code, b.Name))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g =>
                (g.Key.Code, g.Key.Name, (IReadOnlyList<Obligation>)g.Select(b => b.Obligation).ToList())
            )
            .ToList();
        return new PlanDocumentSource(
            plan,
            unit.Name,
            unit.Level,
            unit.Parent?.Name,
            unit.Parent?.Level,
            plan.Parent,
            parentPlanUnit,
            own,
            subordinates,
            year
        );
    }
}
