using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.TestKit;

namespace Platform.Training.Tests.Support;

/// <summary>
/// As tests/Plans.Tests/Cascade/SyntheticProvince.cs: province "T1" with 95 communes in force 2021 – 30 June 2025 and
/// 2,000 collaborators in 2021, imported and cascaded through Plans' own endpoints (Training sees only the notifications).
/// </summary>
internal static class SyntheticProvince
{
    public const string Code = "T1";
    public const int Communes = 95;

    public static async Task ImportAndGenerateAsync(HttpClient client)
    {
        var units = new StringBuilder("code,name,type,parent_code\nT1,Tỉnh Thử Nghiệm,tỉnh,VN\n");
        for (var i = 1; i <= Communes; i++)
        {
            units.Append(CultureInfo.InvariantCulture, $"T1{i:000},Xã Thử {i},xã,T1\n");
        }

        (await client.PostCsvAsync("/api/units/import?validFrom=2021-01-01&validTo=2025-06-30", units.ToString())).EnsureSuccessStatusCode();
        var statistics = new StringBuilder("unit_code,year,metric,value,source\n");
        statistics.Append("T1,2021,collaborators,2000,Sở Nội vụ 2021\n");
        statistics.Append("T1,2021,communication_staff,40,BHXH tỉnh 2021\n");
        for (var i = 1; i <= Communes; i++)
        {
            statistics.Append(CultureInfo.InvariantCulture, $"T1{i:000},2021,population,{1000 + (i * 37)},Điều tra dân số\n");
        }

        (await client.PostCsvAsync("/api/statistics/import", statistics.ToString())).EnsureSuccessStatusCode();
        var response = await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { unitCode = Code, cascade = true });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The id of T1's obligation, from Plans' own read endpoint (what a planner sees).</summary>
    public static async Task<int> ObligationIdAsync(HttpClient client, string indicator, int year)
    {
        var page = await client.GetAsync<System.Text.Json.JsonElement>($"/api/plans/T1-2021-2025/obligations?unitCode=T1&year={year}&indicator={indicator}&top=10");
        return page.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("unitCode").GetString() == Code).GetProperty("id").GetInt32();
    }
}
