using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.TestKit;

namespace Platform.Robustness.Tests.Support;

/// <summary>
/// The platform with something of everything, entered through the API as users would, so that every endpoint has a
/// real target: test province T1 with its plan T1-2021-2025 cascaded (obligations), people, a class with enrolments and
/// attendance in Đồng Nai (75), two activities, a reported value and the submitted 2025 report of T1, and a user of
/// Đồng Nai with a second key. Hostile requests are thrown at it.
/// </summary>
public class SeededPlatform : IAsyncLifetime
{
    private static readonly string[] P1AndP2 = ["P1", "P2"];
    private static readonly string[] P1Only = ["P1"];

    public const string Plan = "T1-2021-2025";
    public const string Province = SyntheticStructure.Code;
    public const string TrainingProvince = "75";
    public const string UserName = "robust-planner";
    public const int SubmittedYear = 2025;

    public SeededPlatform()
        : this(new PlatformFactory())
    {
    }

    /// <summary>The same platform over <paramref name="factory"/>'s database (an SQLite file on any suite, say).
    /// </summary>
    protected SeededPlatform(PlatformFactory factory) => Factory = factory;

    public PlatformFactory Factory { get; }

    public HttpClient Client { get; private set; } = null!;

    public int ObligationId { get; private set; }

    public long ObligationFloor { get; private set; }

    public long ObligationDenominator { get; private set; }

    public int ClassId { get; private set; }

    public int ActivityId { get; private set; }

    /// <summary>An activity of its own for the withdrawal (DELETE) call, so the other calls keep one to
    /// correct.</summary>
    public int WithdrawableActivityId { get; private set; }

    public string KeyId { get; private set; } = null!;

    public DatabaseWatch Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await SyntheticStructure.ImportAsync(Client, SyntheticStructure.WorkedExampleFigures, communePopulations: true);
        await SyntheticStructure.CascadeAsync(Client);

        var page = await Client.GetAsync<JsonElement>(
            $"/api/plans/{Plan}/obligations?unitCode={Province}&year=2023&indicator=AWARE_LF&top=10"
        );
        var obligation = page.GetProperty("items")
            .EnumerateArray()
            .Single(o => o.GetProperty("unitCode").GetString() == Province);
        ObligationId = obligation.GetProperty("id").GetInt32();
        ObligationFloor = obligation.GetProperty("floor").GetInt64();
        ObligationDenominator = obligation.GetProperty("denominatorValue").GetInt64();

        await ExpectAsync(
            HttpStatusCode.OK,
            await Client.PostCsvAsync(
                "/api/training/people/import",
                "code,full_name,unit_code,audience\nP1,Nguyễn Văn Một,75,collaborators\nP2,Trần Thị "
                    + "Hai,75,collaborators\nP3,Lê Văn Ba,75,collaborators\n"
            )
        );
        var created = await ExpectAsync(
            HttpStatusCode.Created,
            await Client.PostAsJsonAsync("/api/training/classes", ClassBody())
        );
        ClassId = created.GetProperty("id").GetInt32();
        await ExpectAsync(
            HttpStatusCode.OK,
            await Client.PostAsJsonAsync(
                $"/api/training/classes/{ClassId}/enrolments",
                new { personCodes = P1AndP2 }
            )
        );
        await ExpectAsync(
            HttpStatusCode.OK,
            await Client.PutAsJsonAsync(
                $"/api/training/classes/{ClassId}/sessions/1/attendance",
                new { present = P1Only }
            )
        );
        ActivityId = (
            await ExpectAsync(
                HttpStatusCode.Created,
                await Client.PostAsJsonAsync("/api/monitoring/activities", ActivityBody())
            )
        )
            .GetProperty("id")
            .GetInt32();
        WithdrawableActivityId = (
            await ExpectAsync(
                HttpStatusCode.Created,
                await Client.PostAsJsonAsync("/api/monitoring/activities", ActivityBody())
            )
        )
            .GetProperty("id")
            .GetInt32();
        await ExpectAsync(
            HttpStatusCode.OK,
            await Client.PostAsJsonAsync("/api/monitoring/indicator-values", IndicatorValueBody())
        );
        await ExpectAsync(
            HttpStatusCode.OK,
            await Client.PostAsJsonAsync(
                $"/api/monitoring/plans/{Plan}/reports/{SubmittedYear}/submission",
                new { by = "Nguyễn Văn A" }
            )
        );
        await ExpectAsync(HttpStatusCode.Created, await Client.PostAsJsonAsync("/api/admin/users", UserBody(UserName)));
        KeyId = (
            await ExpectAsync(HttpStatusCode.Created, await Client.PostAsync($"/api/admin/users/{UserName}/keys", null))
        )
            .GetProperty("keyId")
            .GetString()!;
        Database = await DatabaseWatch.OpenAsync(Factory.ConnectionString);
    }

    public static object ClassBody() => new
    {
        unitCode = TrainingProvince,
        audience = "collaborators",
        title = "Tập huấn chính sách BHXH tự nguyện",
        startDate = "2025-09-01",
        endDate = "2025-09-30",
        sessions = 4,
        capacity = 30,
        trainers = new[] { "Trần Thị Giảng" },
        venue = "Hội trường UBND tỉnh",
    };

    public static object ActivityBody() => new
    {
        unitCode = Province,
        date = "2024-05-10",
        kind = "radio_broadcast",
        audienceGroup = "voluntary_participants",
        communicationForm = "loudspeaker_radio",
        count = 2,
        participants = 100,
        notes = "Bản tin về BHXH tự nguyện",
    };

    /// <summary>A provincial planner and analyst of Đồng Nai (T1 is no longer in force today); a second role so that
    /// one can be revoked.</summary>
    public static object UserBody(string name) => new
    {
        name,
        displayName = "Nguyễn Thị Kế Hoạch",
        roles = new[] { "provincial_planner", "analyst" },
        scope = TrainingProvince,
    };

    public static object IndicatorValueBody() => new
    {
        unitCode = Province,
        year = 2024,
        indicatorCode = "AWARE_LF",
        value = 500,
        denominator = 1000,
        source = "Khảo sát của BHXH tỉnh",
        reportedOn = "2024-12-01",
    };

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    private static async Task<JsonElement> ExpectAsync(HttpStatusCode status, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
