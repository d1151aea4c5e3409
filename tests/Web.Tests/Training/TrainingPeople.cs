using System.Net.Http.Json;
using Platform.TestKit;

namespace Platform.Web.Tests.Training;

/// <summary>
/// People the training tests enrol, registered through the API as the administrator (the interface has no page for
/// registering people: coordinators import a file). Codes are the tests' own, so other tests' data never mixes in.
/// </summary>
internal static class TrainingPeople
{
    private static readonly string[] Trainers = ["Trần Thị Giảng"];

    /// <summary>Phường Trấn Biên, a ward of Đồng Nai in the 2025 register, where the people of these tests are
    /// registered.</summary>
    public const string Ward = "26041";

    public const string WardName = "Phường Trấn Biên";

    /// <summary>Registers collaborators of <see cref="Ward"/> (code, full name); a code already registered is
    /// updated.</summary>
    public static async Task RegisterAsync(HttpClient admin, params (string Code, string Name)[] people)
    {
        var csv =
            "code,full_name,unit_code,audience\n"
            + string.Concat(people.Select(p => $"{p.Code},{p.Name},{Ward},collaborators\n"));
        (await admin.PostCsvAsync("/api/training/people/import", csv)).EnsureSuccessStatusCode();
    }

    /// <summary>A class of <see cref="Ward"/> through the API (for tests whose subject is not the form), returning its
    /// id.</summary>
    public static async Task<int> CreateClassAsync(
        HttpClient admin,
        string title,
        DateOnly start,
        DateOnly end,
        int sessions = 2,
        int capacity = 10
    )
    {
        var response = await admin.PostAsJsonAsync("/api/training/classes", new
        {
            unitCode = Ward, audience = "collaborators", title, startDate = start, endDate = end, sessions, capacity,
            trainers = Trainers, venue = "Nhà văn hóa phường",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
    }
}
