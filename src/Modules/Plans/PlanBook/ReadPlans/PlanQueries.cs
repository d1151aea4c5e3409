using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Obligations;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;

namespace Platform.Plans.PlanBook.ReadPlans;

internal sealed record PlanView(
    string Code, string Title, string UnitCode, string UnitName, int StartYear, int EndYear, string? ParentCode, PlanStatus Status,
    int SubordinateReportOffsetDays, IReadOnlyList<string> AudienceGroups, IReadOnlyList<string> Themes, IReadOnlyList<PlanTaskView> Tasks,
    IReadOnlyList<DeadlineView> ReportingDeadlines, IReadOnlyList<StatusChangeView> History, IReadOnlyList<TargetView> Targets,
    int Obligations, int ObligationsMissingData, IReadOnlyList<string> SubordinatePlans, int Version);

internal sealed record PlanTaskView(string Audience, string Content, IReadOnlyList<string> Forms, string Responsible, IReadOnlyList<string> Cooperating);

internal sealed record DeadlineView(string Title, string Recipient, string Due);

internal sealed record StatusChangeView(PlanStatus From, PlanStatus To, string By, DateTime AtUtc, string? Note);

internal sealed record TargetView(string IndicatorCode, int Year, double Floor, double? Stretch, string? Note);

internal sealed record GetPlanQuery(string Code) : IRequest<PlanView>;

/// <summary>Obligations of a plan and every plan below it, filtered; paged by <see cref="Top"/> and <see cref="Skip"/>.</summary>
internal sealed record GetPlanObligationsQuery(string Code, int? Year, string? UnitCode, string? Indicator, bool? MissingData, int Top = 1000, int Skip = 0)
    : IRequest<ObligationPage>;

internal sealed record ObligationPage(int Total, int Skip, int Top, IReadOnlyList<ObligationView> Items);

/// <summary>Plans and their obligations as the caller's scope shows them: a plan of a unit outside it is not found.</summary>
internal sealed class PlanQueryHandlers(PlansDbContext db, ICurrentCaller caller) :
    IRequestHandler<GetPlanQuery, PlanView>,
    IRequestHandler<GetPlanObligationsQuery, ObligationPage>
{
    public const int MaxTop = 10000;

    public async Task<PlanView> Handle(GetPlanQuery request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansIn(caller.Scope).AsNoTracking().Include(p => p.Targets).Include(p => p.Parent)
            .SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException($"No plan has the code '{request.Code}'.");
        var unitName = await db.Units.Where(u => u.Id == plan.UnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var own = db.Obligations.Where(o => o.PlanId == plan.Id);
        var subordinates = await db.PlansIn(caller.Scope).Where(p => p.ParentPlanId == plan.Id).OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(cancellationToken);
        return new PlanView(
            plan.Code, plan.Title, plan.UnitCode, unitName, plan.StartYear, plan.EndYear, plan.Parent?.Code, plan.Status, plan.SubordinateReportOffsetDays,
            plan.AudienceGroups, plan.Themes,
            plan.Tasks.Select(t => new PlanTaskView(t.Audience, t.Content, t.Forms, t.Responsible, t.Cooperating)).ToList(),
            plan.Deadlines.Select(d => new DeadlineView(d.Title, d.Recipient, $"{d.DueDay:00}/{d.DueMonth:00}")).ToList(),
            plan.History.Select(h => new StatusChangeView(h.From, h.To, h.By, h.AtUtc, h.Note)).ToList(),
            plan.Targets.OrderBy(t => t.IndicatorCode).ThenBy(t => t.Year).Select(t => new TargetView(t.IndicatorCode, t.Year, t.Floor, t.Stretch, t.Note)).ToList(),
            await own.CountAsync(cancellationToken), await own.CountAsync(o => o.MissingData, cancellationToken), subordinates, plan.Version);
    }

    public async Task<ObligationPage> Handle(GetPlanObligationsQuery request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansIn(caller.Scope).AsNoTracking().SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException($"No plan has the code '{request.Code}'.");
        if (request.Year is { } asked && (asked < plan.StartYear || asked > plan.EndYear))
        {
            throw new FluentValidation.ValidationException(
                [new FluentValidation.Results.ValidationFailure("year", $"year {asked} is outside plan {plan.Code}, which covers {plan.StartYear}–{plan.EndYear}.")]);
        }

        var prefix = plan.Path;
        var query = db.ObligationsIn(caller.Scope).AsNoTracking().Where(o => db.Plans.Any(p => p.Id == o.PlanId && p.Path.StartsWith(prefix)));
        if (request.Year is { } year)
        {
            query = query.Where(o => o.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            query = query.Where(o => o.UnitCode == request.UnitCode);
        }

        if (!string.IsNullOrWhiteSpace(request.Indicator))
        {
            query = query.Where(o => o.IndicatorCode == request.Indicator);
        }

        if (request.MissingData is { } missing)
        {
            query = query.Where(o => o.MissingData == missing);
        }

        var top = Math.Clamp(request.Top, 1, MaxTop);
        var skip = Math.Max(0, request.Skip);
        var total = await query.CountAsync(cancellationToken);
        var items = await db.Views(query.OrderBy(o => o.UnitCode).ThenBy(o => o.Year).ThenBy(o => o.IndicatorCode).ThenBy(o => o.Id).Skip(skip).Take(top))
            .ToListAsync(cancellationToken);
        return new ObligationPage(total, skip, top, items.Select(i => i.Named()).ToList());
    }
}
