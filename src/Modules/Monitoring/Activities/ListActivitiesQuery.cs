using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Activities;

internal sealed class ListActivitiesValidator : AbstractValidator<ListActivitiesQuery>
{
    public ListActivitiesValidator(IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(q => q.Top).InclusiveBetween(1, 1000).WithMessage(_ => texts["Activity.TopRange"]);
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0).WithMessage(_ => texts["Activity.SkipNegative"]);
    }
}

internal sealed class ListActivitiesHandler(MonitoringDbContext db, ICurrentCaller caller)
    : IRequestHandler<ListActivitiesQuery, ActivityPage>
{
    public async Task<ActivityPage> Handle(ListActivitiesQuery request, CancellationToken cancellationToken)
    {
        var query = caller.Scope.Filter(db.Activities.AsNoTracking(), a => a.UnitCode, a => a.ProvinceCode);
        if (request.UnitCode is not null)
        {
            query = query.Where(a => a.UnitCode == request.UnitCode);
        }

        if (request.Year is not null)
        {
            query = query.Where(a => a.Year == request.Year);
        }

        if (request.Kind is not null)
        {
            query = query.Where(a => a.Kind == request.Kind);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(a => a.Date)
            .ThenByDescending(a => a.Id)
            .Skip(request.Skip)
            .Take(request.Top)
            .ToListAsync(cancellationToken);
        return new ActivityPage(total, items.Select(ActivityViews.From).ToList());
    }
}
