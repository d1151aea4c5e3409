using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Tests.Support;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Scope;

/// <summary>
/// Provinces T1 (95 communes) and T2 (12 communes) with the plan to 2025 cascaded over both, and in 2022: 10 radio
/// broadcasts in T1001, 4 in T1002, an enterprise conference of T1, 6 broadcasts in T2001 and two conferences of T2
/// (23 activities), and a surveyed AWARE_LF of each province. One client per scope: the nation, T1's planner, T1001's
/// officer.
/// </summary>
public sealed class TwoProvincesMonitoringFixture : PlatformFactory, IAsyncLifetime
{
    public HttpClient Nation { get; private set; } = null!;

    public HttpClient Province { get; private set; } = null!;

    public HttpClient Commune { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var setup = CreateClient();
        await SyntheticStructure.ImportAsync(setup, SyntheticStructure.WorkedExampleFigures, communePopulations: true);
        await NeighbourProvince.ImportAsync(setup);
        await SyntheticStructure.CascadeAsync(setup);
        await NeighbourProvince.CascadeAsync(setup);
        var conference = new DateOnly(2022, 5, 10);
        await MonitoringApi.ImportAsync(
            setup,
            MonitoringApi.Broadcasts("T1001", 2022, 10)
                + MonitoringApi.Broadcasts("T1002", 2022, 4)
                + MonitoringApi.Line("T1", conference, "enterprise_conference")
                + MonitoringApi.Broadcasts("T2001", 2022, 6)
                + MonitoringApi.Line("T2", conference, "enterprise_conference")
                + MonitoringApi.Line("T2", conference.AddDays(7), "enterprise_conference")
        );
        foreach (var (unit, value, denominator) in new[] { ("T1", 480_000L, 900_000L), ("T2", 70_000L, 150_000L) })
        {
            var reported = await setup.PostAsJsonAsync(
                "/api/monitoring/indicator-values",
                new
                {
                    unitCode = unit,
                    year = 2022,
                    indicatorCode = "AWARE_LF",
                    value,
                    denominator,
                    source = "Khảo sát xã hội học 2022",
                }
            );
            reported.StatusCode.Should().Be(HttpStatusCode.OK, await reported.Content.ReadAsStringAsync());
        }

        Nation = CreateClientFor(Caller(PlatformRoles.Analyst, UnitScope.Nation));
        Province = CreateClientFor(
            Caller(PlatformRoles.ProvincialPlanner, UnitScope.Province(SyntheticStructure.Code))
        );
        Commune = CreateClientFor(
            Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune(SyntheticStructure.CommuneCode(1)))
        );
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public HttpClient For(string scope) => scope switch
    {
        "nation" => Nation,
        "province" => Province,
        _ => Commune,
    };

    /// <summary>Every activity, reported value and submission Monitoring holds, one line each: proof a refused write
    /// wrote nothing.</summary>
    internal async Task<List<string>> AllRowsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
        var rows = new List<string>();
        rows.AddRange(
            (await db.Activities.AsNoTracking().OrderBy(a => a.Id).ToListAsync()).Select(a =>
                $"activity {a.Id} {a.UnitCode} {a.Date} {a.Kind} {a.Count}"
            )
        );
        rows.AddRange(
            (await db.ReportedValues.AsNoTracking().OrderBy(v => v.Id).ToListAsync()).Select(v =>
                $"value {v.Id} {v.UnitCode} {v.Year} {v.IndicatorCode} {v.Value}"
            )
        );
        rows.AddRange(
            (await db.Submissions.AsNoTracking().OrderBy(s => s.Id).ToListAsync()).Select(s =>
                $"submission {s.Id} {s.PlanCode} {s.Year}"
            )
        );
        return rows;
    }
}
