using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.TestKit;
using Platform.Training.Contracts.Classes;
using Platform.Training.Contracts.Quotas;

namespace Platform.Training.Tests.Support;

/// <summary>The Training endpoints as a coordinator calls them, and two small provinces of the current structure to
/// train in.</summary>
internal static class TrainingApi
{
    private static readonly string[] Trainers = ["Trần Thị Giảng"];

    /// <summary>Province P9 with communes P9001–P9003 and province P8 with commune P8001, in force since 1 July
    /// 2025.</summary>
    public static async Task ImportTestProvincesAsync(HttpClient client)
    {
        const string units = """
            code,name,type,parent_code
            P9,Tỉnh Chín,tỉnh,VN
            P9001,Xã Một,xã,P9
            P9002,Xã Hai,xã,P9
            P9003,Xã Ba,xã,P9
            P8,Tỉnh Tám,tỉnh,VN
            P8001,Xã Tám Một,xã,P8
            """;
        (await client.PostCsvAsync("/api/units/import", units + "\n")).EnsureSuccessStatusCode();
    }

    public static string PeopleCsv(IEnumerable<(string Code, string Unit, string Audience)> people)
    {
        var csv = new StringBuilder("code,full_name,unit_code,audience\n");
        foreach (var (code, unit, audience) in people)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{code},Nguyễn Văn {code},{unit},{audience}\n");
        }

        return csv.ToString();
    }

    public static async Task RegisterAsync(
        HttpClient client,
        IEnumerable<(string Code, string Unit, string Audience)> people
    )
    {
        var response = await client.PostCsvAsync("/api/training/people/import", PeopleCsv(people));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<ClassView> CreateClassAsync(
        HttpClient client, string unit, int sessions = 8, int capacity = 50, string audience = "collaborators",
        DateOnly? start = null, DateOnly? end = null)
    {
        var response = await client.PostAsJsonAsync("/api/training/classes", new
        {
            unitCode = unit,
            audience,
            title = "Tập huấn chính sách BHXH tự nguyện",
            startDate = start ?? new DateOnly(2025, 9, 1),
            endDate = end ?? new DateOnly(2025, 9, 30),
            sessions,
            capacity,
            trainers = Trainers,
            venue = "Hội trường UBND",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ClassView>();
    }

    public static Task<HttpResponseMessage> TryEnrolAsync(HttpClient client, int classId, params string[] codes) =>
        client.PostAsJsonAsync($"/api/training/classes/{classId}/enrolments", new { personCodes = codes });

    public static async Task<EnrolmentResult> EnrolAsync(HttpClient client, int classId, params string[] codes)
    {
        var response = await TryEnrolAsync(client, classId, codes);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<EnrolmentResult>();
    }

    public static async Task MarkAsync(HttpClient client, int classId, int session, params string[] present)
    {
        var response = await client.PutAsJsonAsync(
            $"/api/training/classes/{classId}/sessions/{session}/attendance",
            new { present }
        );
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Marks each trainee present at the first N sessions of the class.</summary>
    public static async Task AttendAsync(
        HttpClient client,
        int classId,
        int sessions,
        IReadOnlyDictionary<string, int> attendedSessions
    )
    {
        for (var session = 1; session <= sessions; session++)
        {
            var present = attendedSessions.Where(a => a.Value >= session).Select(a => a.Key).ToArray();
            await MarkAsync(client, classId, session, present);
        }
    }

    public static async Task<ClassView> CompleteAsync(HttpClient client, int classId)
    {
        var response = await client.PostAsync($"/api/training/classes/{classId}/complete", null);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ClassView>();
    }

    public static Task<ClassView> ReadClassAsync(HttpClient client, int classId) =>
        client.GetAsync<ClassView>($"/api/training/classes/{classId}");

    public static Task<TrainingQuotaReport> QuotasAsync(HttpClient client, string unitCode, int year) =>
        client.GetAsync<TrainingQuotaReport>($"/api/training/quotas?unitCode={unitCode}&year={year}");
}
