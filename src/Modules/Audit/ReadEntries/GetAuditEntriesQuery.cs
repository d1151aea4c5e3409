using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Audit.Contracts.ReadModels;
using Platform.Audit.Persistence;
using Platform.Audit.Texts;
using Platform.BuildingBlocks.Security;

namespace Platform.Audit.ReadEntries;

/// <summary>
/// Audit entries, newest first: of one entity type (and key), by one user, between two instants (UTC, from inclusive,
/// to exclusive); a page at a time.
/// </summary>
[RequiresPermission(Permission.Administer)]
internal sealed record GetAuditEntriesQuery(
    string? Entity, string? Key, string? User, DateTimeOffset? From, DateTimeOffset? To, int Top = 100, int Skip = 0) : IRequest<AuditPage>;

internal sealed record AuditPage(int Total, int Skip, int Top, IReadOnlyList<AuditEntryRow> Items);

internal sealed class GetAuditEntriesValidator : AbstractValidator<GetAuditEntriesQuery>
{
    public const int MaxTop = 1000;

    public GetAuditEntriesValidator(IStringLocalizer<AuditTexts> texts)
    {
        RuleFor(q => q.Top).InclusiveBetween(1, MaxTop).WithMessage(_ => texts["Query.TopRange", MaxTop]);
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0).WithMessage(_ => texts["Query.SkipNegative"]);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage(_ => texts["Query.ToAfterFrom"]);
        RuleFor(q => q.Key).Empty().When(q => string.IsNullOrWhiteSpace(q.Entity)).WithMessage(_ => texts["Query.KeyNeedsEntity"]);
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
        var items = await rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id).Skip(request.Skip).Take(request.Top).ToListAsync(cancellationToken);
        return new AuditPage(total, request.Skip, request.Top, items);
    }
}
