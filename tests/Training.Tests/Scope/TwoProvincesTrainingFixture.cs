using System.Net;
using System.Net.Http.Json;
using Platform.BuildingBlocks.Security;
using Platform.TestKit;
using Platform.Training.Tests.Support;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Tests.Scope;

/// <summary>
/// Provinces P9 (communes P9001–P9003) and P8 (commune P8001) with people, classes, enrolments and attendance in both,
/// and a client per scope: the nation, P9's training coordinator and commune P9001's officer.
/// <list type="bullet">
/// <item>people: P9-A, P9-B at P9; C1-A, C1-B, C1-C at P9001; C2-A at P9002; E1-A, E1-B at P8001 (8);</item>
/// <item>K-P9 (P9): P9-A, C1-A, C2-A; K-P9001 (P9001): C1-B, C1-C; K-P8 (P8001): E1-A, E1-B — each with both of its
/// two sessions attended by all and completed; K-P9-OPEN (P9) and K-P8-OPEN (P8) open and empty.</item>
/// </list>
/// </summary>
public sealed class TwoProvincesTrainingFixture : IAsyncLifetime
{
    private static readonly string[] Trainers = ["Trần Thị Giảng"];

    public TrainingPlatform Platform { get; } = new();

    public HttpClient Nation { get; private set; } = null!;

    public HttpClient Province { get; private set; } = null!;

    public HttpClient Commune { get; private set; } = null!;

    public Dictionary<string, int> Classes { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        var setup = Platform.CreateClient();
        await TrainingApi.ImportTestProvincesAsync(setup);
        await TrainingApi.RegisterAsync(
            setup,
            [
                ("P9-A", "P9", "collaborators"),
                ("P9-B", "P9", "collaborators"),
                ("C1-A", "P9001", "collaborators"),
                ("C1-B", "P9001", "collaborators"),
                ("C1-C", "P9001", "collaborators"),
                ("C2-A", "P9002", "collaborators"),
                ("E1-A", "P8001", "collaborators"),
                ("E1-B", "P8001", "collaborators"),
            ]
        );
        await HeldClassAsync(setup, "K-P9", "P9", "P9-A", "C1-A", "C2-A");
        await HeldClassAsync(setup, "K-P9001", "P9001", "C1-B", "C1-C");
        await HeldClassAsync(setup, "K-P8", "P8001", "E1-A", "E1-B");
        Classes["K-P9-OPEN"] = (await CreateAsync(setup, "K-P9-OPEN", "P9")).Id;
        Classes["K-P8-OPEN"] = (await CreateAsync(setup, "K-P8-OPEN", "P8")).Id;
        Nation = Platform.CreateClientFor(PlatformFactory.Caller(PlatformRoles.Analyst, UnitScope.Nation));
        Province = Platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.TrainingCoordinator, UnitScope.Province("P9"))
        );
        Commune = Platform.CreateClientFor(
            PlatformFactory.Caller(PlatformRoles.CommuneOfficer, UnitScope.Commune("P9001"))
        );
    }

    public Task DisposeAsync()
    {
        Platform.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Every row Training holds, one line each: proof that a refused request wrote nothing.</summary>
    internal Task<List<string>> AllRowsAsync() => Platform.AllRowsAsync();

    public HttpClient For(string scope) => scope switch
    {
        "nation" => Nation,
        "province" => Province,
        _ => Commune,
    };

    internal static async Task<ClassView> CreateAsync(HttpClient client, string code, string unit)
    {
        var response = await client.PostAsJsonAsync("/api/training/classes", new
        {
            code,
            unitCode = unit,
            audience = "collaborators",
            title = $"Tập huấn {code}",
            startDate = new DateOnly(2025, 9, 1),
            endDate = new DateOnly(2025, 9, 30),
            sessions = 2,
            capacity = 30,
            trainers = Trainers,
            venue = "Hội trường",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ClassView>();
    }

    private async Task HeldClassAsync(HttpClient client, string code, string unit, params string[] people)
    {
        var training = await CreateAsync(client, code, unit);
        Classes[code] = training.Id;
        await TrainingApi.EnrolAsync(client, training.Id, people);
        await TrainingApi.AttendAsync(client, training.Id, 2, people.ToDictionary(p => p, _ => 2));
        await TrainingApi.CompleteAsync(client, training.Id);
    }
}
