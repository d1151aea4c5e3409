using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Campaigns;

internal sealed class ReportNewParticipantsValidator : AbstractValidator<ReportNewParticipantsCommand>
{
    public ReportNewParticipantsValidator(TimeProvider clock, IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(c => c.UnitCode).NotEmpty().WithMessage(_ => texts["Activity.UnitCodeRequired"]);
        RuleFor(c => c.FromDate)
            .NotNull()
            .WithMessage(_ => texts["NewParticipants.FromRequired"])
            .Must(d => d is null || d.Value.Year >= 2000)
            .WithMessage(c => texts["Activity.DateBefore2000", ActivityInputRules.Iso(c.FromDate!.Value)]);
        RuleFor(c => c.ToDate)
            .NotNull()
            .WithMessage(_ => texts["NewParticipants.ToRequired"])
            .Must((c, d) => d is null || c.FromDate is null || d >= c.FromDate)
            .WithMessage(c => texts["NewParticipants.ToBeforeFrom", ActivityInputRules.Iso(c.ToDate!.Value),
                ActivityInputRules.Iso(c.FromDate!.Value)])
            .Must(d => d is null || d <= Today(clock))
            .WithMessage(c => texts["Activity.DateInFuture", ActivityInputRules.Iso(c.ToDate!.Value),
                ActivityInputRules.Iso(Today(clock))]);
        RuleFor(c => c.Value)
            .NotNull()
            .WithMessage(_ => texts["NewParticipants.ValueRange", ReportNewParticipantsCommand.MaxValue])
            .InclusiveBetween(0, ReportNewParticipantsCommand.MaxValue)
            .WithMessage(_ => texts["NewParticipants.ValueRange", ReportNewParticipantsCommand.MaxValue]);
        RuleFor(c => c.Source)
            .NotEmpty()
            .WithMessage(_ => texts["Value.SourceRequired"])
            .MaximumLength(ReportNewParticipantsCommand.MaxSource)
            .WithMessage(_ => texts["Value.SourceRequired"]);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>A unit's new voluntary participants over a period, for a unit writable on the period's last day (one
/// outside the caller's scope is not found, and nothing is written).</summary>
internal sealed class ReportNewParticipantsHandler(
    MonitoringDbContext db,
    IMediator sender,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<ReportNewParticipantsCommand, NewParticipantsView>
{
    public async Task<NewParticipantsView> Handle(ReportNewParticipantsCommand request, CancellationToken ct)
    {
        var unit = request.UnitCode!.Trim();
        var to = request.ToDate!.Value;
        var date = ActivityInputRules.Iso(to);
        var province = await sender.EnsureWritableAsync(caller.Scope, unit, to,
            texts["Activity.UnitNotInForce", unit, date], texts["Activity.UnitNotFound", unit, date], ct);
        var report = new NewParticipantsReport
        {
            UnitCode = unit,
            ProvinceCode = province,
            FromDate = request.FromDate!.Value,
            ToDate = to,
            Value = request.Value!.Value,
            Source = VietnameseText.Note(request.Source)!,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.NewParticipantsReports.Add(report);
        await db.SaveChangesAsync(ct);
        return new NewParticipantsView(report.Id, report.UnitCode, report.FromDate, report.ToDate, report.Value,
            report.Source, report.Version);
    }
}
