using System.Globalization;
using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.YearlyReports;

internal sealed class GetYearlyReportValidator : AbstractValidator<GetYearlyReportQuery>
{
    public GetYearlyReportValidator(IStringLocalizer<MonitoringTexts> texts)
    {
        RuleFor(q => q.PlanCode).NotEmpty().WithMessage(_ => texts["Report.PlanCodeRequired"]);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage(_ => texts["Report.YearRange"]);
    }
}

internal sealed class GetYearlyReportHandler(
    MonitoringDbContext db,
    YearlyReportBuilder builder,
    YearlyReportNames names,
    TimeProvider clock
) : IRequestHandler<GetYearlyReportQuery, YearlyReport>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<YearlyReport> Handle(GetYearlyReportQuery request, CancellationToken cancellationToken)
    {
        // A plan outside the caller's scope is not found (404), whether its report was submitted or not.
        await builder.DeadlineAsync(request.PlanCode, request.Year, cancellationToken);
        var submitted = await db.Submissions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.PlanCode == request.PlanCode && s.Year == request.Year, cancellationToken);
        if (submitted is not null)
        {
            return await names.NameAsync(
                JsonSerializer.Deserialize<YearlyReport>(submitted.SnapshotJson, Json)!,
                CultureInfo.CurrentUICulture,
                cancellationToken
            );
        }

        var live = await builder.BuildAsync(
            request.PlanCode,
            request.Year,
            request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            cancellationToken
        );
        return await names.NameAsync(live, CultureInfo.CurrentUICulture, cancellationToken);
    }
}
