using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.YearlyReports;

internal sealed class SubmitYearlyReportValidator : AbstractValidator<SubmitYearlyReportCommand>
{
    public SubmitYearlyReportValidator(TimeProvider clock, IStringLocalizer<MonitoringTexts> texts)
    {
        var thisYear = clock.GetUtcNow().UtcDateTime.Year;
        RuleFor(c => c.PlanCode).NotEmpty().WithMessage(_ => texts["Report.PlanCodeRequired"]);
        RuleFor(c => c.Year).InclusiveBetween(2000, thisYear).WithMessage(_ => texts["Submission.YearRange", thisYear]);
        RuleFor(c => c.By).NotEmpty().MaximumLength(200).WithMessage(_ => texts["Submission.ByRequired"]);
        RuleFor(c => c.Note).MaximumLength(2000).WithMessage(_ => texts["Submission.NoteTooLong"]);
    }
}

internal sealed class SubmitYearlyReportHandler(
    MonitoringDbContext db,
    YearlyReportBuilder builder,
    YearlyReportNames names,
    TimeProvider clock,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<SubmitYearlyReportCommand, YearlyReport>
{
    public async Task<YearlyReport> Handle(SubmitYearlyReportCommand request, CancellationToken cancellationToken)
    {
        // A plan outside the caller's scope is not found (404) before anything else is said about it.
        await builder.DeadlineAsync(request.PlanCode, request.Year, cancellationToken);
        if (
            await db.Submissions.AnyAsync(
                s => s.PlanCode == request.PlanCode && s.Year == request.Year,
                cancellationToken
            )
        )
        {
            throw new ConflictException(texts["Submission.AlreadySubmitted", request.Year, request.PlanCode]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var live = await builder.BuildAsync(request.PlanCode, request.Year, today, cancellationToken);

        // Saved twice (the snapshot names the submission's id), so in one transaction: never a submission without its
        // figures.
        var submission = new ReportSubmission
        {
            PlanCode = request.PlanCode,
            UnitCode = live.UnitCode,
            Year = request.Year,
            Due = live.Due,
            SubmittedOn = today,
            SubmittedAtUtc = now,
            Late = today > live.Due,
            SubmittedBy = VietnameseText.Clean(request.By),
            Note = VietnameseText.Note(request.Note),
            SnapshotJson = string.Empty,
        };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);

        // The frozen report names the submission's id, known only once saved: written in place, so the submission
        // stays at version 1 and its audit entry is the one of its creation.
        var frozen = live with
        {
            Submission = new YearlyReportSubmission(
                submission.Id,
                today,
                submission.Late,
                submission.SubmittedBy,
                submission.Note
            ),
        };
        var json = JsonSerializer.Serialize(frozen, GetYearlyReportHandler.Json);
        await db
            .Submissions.Where(s => s.Id == submission.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SnapshotJson, json), cancellationToken);
        return await names.NameAsync(frozen, System.Globalization.CultureInfo.CurrentUICulture, cancellationToken);
    }
}
