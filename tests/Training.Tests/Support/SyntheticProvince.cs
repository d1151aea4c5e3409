using Platform.TestKit;

namespace Platform.Training.Tests.Support;

/// <summary>
/// As tests/Plans.Tests/Cascade/SyntheticProvince.cs: province "T1" with 95 communes in force 2021 – 30 June 2025 and
/// 2,000 collaborators in 2021, imported and cascaded through Plans' own endpoints (Training sees only the
/// notifications).
/// </summary>
internal static class SyntheticProvince
{
    public const string Code = SyntheticStructure.Code;
    public const int Communes = SyntheticStructure.Communes;

    public static async Task ImportAndGenerateAsync(HttpClient client)
    {
        await SyntheticStructure.ImportAsync(
            client,
            ["T1,2021,collaborators,2000,Sở Nội vụ 2021", "T1,2021,communication_staff,40,BHXH tỉnh 2021"],
            communePopulations: true
        );
        await SyntheticStructure.CascadeAsync(client);
    }

    /// <summary>The id of T1's obligation, from Plans' own read endpoint (what a planner sees).</summary>
    public static async Task<int> ObligationIdAsync(HttpClient client, string indicator, int year)
    {
        var page = await client.GetAsync<System.Text.Json.JsonElement>(
            $"/api/plans/T1-2021-2025/obligations?unitCode=T1&year={year}&indicator={indicator}&top=10"
        );
        return page.GetProperty("items")
            .EnumerateArray()
            .Single(o => o.GetProperty("unitCode").GetString() == Code)
            .GetProperty("id")
            .GetInt32();
    }
}
