using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Monitoring.YearlyReports;

/// <summary>A submitted yearly report's record (without the frozen figures); <see cref="Version"/> is its
/// ETag.</summary>
internal sealed record SubmissionView(
    int Id,
    string PlanCode,
    string UnitCode,
    int Year,
    DateOnly Due,
    DateOnly SubmittedOn,
    DateTime SubmittedAtUtc,
    bool Late,
    string SubmittedBy,
    string? Note,
    int Version
)
{
    public static SubmissionView From(ReportSubmission s) =>
        new(
            s.Id,
            s.PlanCode,
            s.UnitCode,
            s.Year,
            s.Due,
            s.SubmittedOn,
            s.SubmittedAtUtc,
            s.Late,
            s.SubmittedBy,
            s.Note,
            s.Version
        );
}

[RequiresPermission(Permission.Read)]
internal sealed record GetSubmissionQuery(string PlanCode, int Year) : IRequest<SubmissionView>;

/// <summary>
/// Replaces the note of a submitted report (the figures stay frozen; an empty note removes it); with If-Match, only if
/// nobody amended it since.
/// </summary>
[RequiresPermission(Permission.WriteMonitoring)]
internal sealed record AmendSubmissionCommand(string PlanCode, int Year, string? Note, IfMatch? IfMatch = null)
    : ICommand<SubmissionView>;

internal sealed class AmendSubmissionValidator : AbstractValidator<AmendSubmissionCommand>
{
    // PUT replaces the note, so it must be sent: a missing body or note is a client mistake, not a request to erase it.
    public AmendSubmissionValidator(IStringLocalizer<MonitoringTexts> texts) => RuleFor(c => c.Note)
        .NotNull().WithMessage(_ => texts["Submission.NoteRequired"])
        .MaximumLength(2000).WithMessage(_ => texts["Submission.NoteTooLong"]);
}

/// <summary>A plan outside the caller's scope is not found, as everywhere (its deadline is looked up in scope
/// first).</summary>
internal sealed class SubmissionHandlers(
    MonitoringDbContext db,
    YearlyReportBuilder builder,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<GetSubmissionQuery, SubmissionView>, IRequestHandler<AmendSubmissionCommand, SubmissionView>
{
    public async Task<SubmissionView> Handle(GetSubmissionQuery request, CancellationToken cancellationToken)
    {
        await builder.DeadlineAsync(request.PlanCode, request.Year, cancellationToken);
        return SubmissionView.From(
            await db
                .Submissions.AsNoTracking()
                .SingleOrDefaultAsync(s => s.PlanCode == request.PlanCode && s.Year == request.Year, cancellationToken)
                ?? throw NotSubmitted(request.PlanCode, request.Year)
        );
    }

    public async Task<SubmissionView> Handle(AmendSubmissionCommand request, CancellationToken cancellationToken)
    {
        await builder.DeadlineAsync(request.PlanCode, request.Year, cancellationToken);
        var submission = await db.Submissions.SingleOrDefaultAsync(
            s => s.PlanCode == request.PlanCode && s.Year == request.Year,
            cancellationToken
        ) ?? throw NotSubmitted(request.PlanCode, request.Year);
        request.IfMatch?.Ensure(submission.Version, VersionedRecord.YearlyReport, request.PlanCode, request.Year);
        submission.Note = VietnameseText.Note(request.Note);

        // The frozen report carries the submission's note too; its figures stay as submitted.
        var frozen = System.Text.Json.JsonSerializer.Deserialize<YearlyReport>(
            submission.SnapshotJson,
            GetYearlyReportHandler.Json
        )!;
        if (frozen.Submission is { } recorded)
        {
            submission.SnapshotJson = System.Text.Json.JsonSerializer.Serialize(
                frozen with
                {
                    Submission = recorded with { Note = submission.Note },
                },
                GetYearlyReportHandler.Json
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        return SubmissionView.From(submission);
    }

    private NotFoundException NotSubmitted(string planCode, int year) =>
        new(texts["Submission.NotSubmitted", year, planCode]);
}
