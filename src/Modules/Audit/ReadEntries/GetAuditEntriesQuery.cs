using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Audit.Contracts;
using Platform.Audit.Contracts.ReadModels;
using Platform.Audit.Persistence;
using Platform.Audit.Texts;

namespace Platform.Audit.ReadEntries;

internal sealed class GetAuditEntriesValidator : AbstractValidator<GetAuditEntriesQuery>
{
    public const int MaxTop = 1000;

    public GetAuditEntriesValidator(IStringLocalizer<AuditTexts> texts)
    {
        RuleFor(q => q.Top).InclusiveBetween(1, MaxTop).WithMessage(_ => texts["Query.TopRange", MaxTop]);
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0).WithMessage(_ => texts["Query.SkipNegative"]);
        RuleFor(q => q.To)
            .GreaterThan(q => q.From)
            .When(q => q.From is not null && q.To is not null)
            .WithMessage(_ => texts["Query.ToAfterFrom"]);
        RuleFor(q => q.Key)
            .Empty()
            .When(q => string.IsNullOrWhiteSpace(q.Entity))
            .WithMessage(_ => texts["Query.KeyNeedsEntity"]);
    }
}

internal sealed class GetAuditEntriesHandler(AuditDbContext db) : IRequestHandler<GetAuditEntriesQuery, AuditPage>
{
    public async Task<AuditPage> Handle(GetAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var rows = db.Rows();
        if (!string.IsNullOrWhiteSpace(request.Entity))
        {
            rows = rows.Where(r => r.EntityType == request.Entity.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Key))
        {
            rows = rows.Where(r => r.EntityKey == request.Key.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.User))
        {
            rows = rows.Where(r => r.UserName == request.User.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            rows = rows.Where(r => r.UnitCode == request.UnitCode.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Action))
        {
            rows = rows.Where(r => r.Action == request.Action.Trim());
        }

        // Stored as UTC DateTime, which SQLite compares as text in the same format.
        if (request.From is { } from)
        {
            var utc = from.UtcDateTime;
            rows = rows.Where(r => r.At >= utc);
        }

        if (request.To is { } to)
        {
            var utc = to.UtcDateTime;
            rows = rows.Where(r => r.At < utc);
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(r => r.At)
            .ThenByDescending(r => r.Id)
            .Skip(request.Skip)
            .Take(request.Top)
            .ToListAsync(cancellationToken);
        return new AuditPage(total, request.Skip, request.Top, items);
    }
}

internal sealed class GetAuditEntityTypesHandler(AuditDbContext db)
    : IRequestHandler<GetAuditEntityTypesQuery, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(
        GetAuditEntityTypesQuery request,
        CancellationToken cancellationToken
    ) =>
        await db
            .Entries.AsNoTracking()
            .Select(e => e.EntityType)
            .Distinct()
            .OrderBy(t => t)
            .ToListAsync(cancellationToken);
}
