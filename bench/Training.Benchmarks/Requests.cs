using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Documents.Tabular;
using Platform.Training.Classes.Attendance;
using Platform.Training.Classes.Complete;
using Platform.Training.Classes.ImportClasses;
using Microsoft.EntityFrameworkCore;
using Platform.Training.Classes.Enrol;
using Platform.Training.People.ImportPeople;
using Platform.Training.Quotas.ReadQuotas;
using Platform.Training.ReadModel;

namespace Platform.Training.Benchmarks;

/// <summary>The Training requests the benchmark sends, each in its own scope as an HTTP request would be.</summary>
internal static class Requests
{
    public static IRequest<ImportReport> ImportPeople(byte[] csv) => new ImportPeopleCommand(csv);

    public static IRequest<ImportReport> ImportAttendance(byte[] csv) => new ImportAttendanceCommand(csv);

    public static IRequest<ImportReport> ImportClasses(byte[] csv) => new ImportClassesCommand(csv);

    public static IRequest<ImportReport> ImportEnrolments(byte[] csv) => new ImportEnrolmentsCommand(csv);

    /// <summary>Class ids in code order (L001, L002, ...), as a coordinator reads them back from the TrainingClasses
    /// set.</summary>
    public static async Task<List<int>> ClassIdsAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var rows = scope.ServiceProvider.GetRequiredService<TrainingReadModel>().TrainingClasses;
        return await rows.OrderBy(c => c.Code).Select(c => c.Id).ToListAsync();
    }

    public static Task<Classes.ReadClass.ClassView> CompleteAsync(IServiceProvider provider, int classId) =>
        Scenario.Send(provider, new CompleteClassCommand(classId));

    public static async Task<string> QuotasAsync(IServiceProvider provider, string unit, int year)
    {
        var report = await Scenario.Send(provider, new GetTrainingQuotasQuery(unit, year));
        var c = report.Unit.Single(r => r.Audience == "collaborators");
        var p = report.Subordinates.Single(r => r.UnitCode == Scenario.Province && r.Audience == "collaborators");
        return $"VN collaborators {year}: required {c.RequiredTraineesFloor:N0}, registered {c.Registered:N0}, trained "
            + $"{c.Trained:N0} ({c.CoveragePercent}%), classes {c.ClassesHeld}/{c.RequiredClassesFloor}; "
            + $"{report.Subordinates.Select(r => r.UnitCode).Distinct().Count()} provinces; province {p.UnitCode}: "
            + $"required {p.RequiredTraineesFloor:N0}, trained {p.Trained:N0} ({p.CoveragePercent}%), gap "
            + $"{p.TraineesGap}";
    }

    public static async Task<int> AllQuotaRowsAsync(IServiceProvider provider, int year)
    {
        await using var scope = provider.CreateAsyncScope();
        return (
            await scope
                .ServiceProvider.GetRequiredService<TrainingReadModel>()
                .TrainingQuotasAsync(year, CancellationToken.None)
        ).Count;
    }
}
