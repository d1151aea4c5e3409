using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.TestKit;

namespace Platform.Monitoring.Tests.Support;

/// <summary>
/// A test province "T1" with 95 communes in force 2021 – 30 June 2025, with the denominators of DOMAIN.md's worked
/// examples, and the national plan to 2025 cascaded over it: Monitoring receives the obligations through ObligationsChanged.
/// </summary>
internal static class SyntheticProvince
{
    public const string Code = "T1";
    public const string Plan = "T1-2021-2025";
    public const int Communes = 95;

    public static string CommuneCode(int i) => $"T1{i:000}";

    public static string CommunePlan(int i) => $"{CommuneCode(i)}-2021-2025";

    public static async Task ImportAndCascadeAsync(HttpClient client)
    {
        var units = new StringBuilder("code,name,type,parent_code\n");
        units.Append("T1,Tỉnh Thử Nghiệm,tỉnh,VN\n");
        for (var i = 1; i <= Communes; i++)
        {
            units.Append(CultureInfo.InvariantCulture, $"{CommuneCode(i)},Xã Thử {i},xã,T1\n");
        }

        (await client.PostCsvAsync("/api/units/import?validFrom=2021-01-01&validTo=2025-06-30", units.ToString())).EnsureSuccessStatusCode();

        var statistics = new StringBuilder("unit_code,year,metric,value,source\n");
        statistics.Append("T1,2021,collaborators,2000,Sở Nội vụ 2021\n");
        statistics.Append("T1,2021,mass_organisations,5,Ủy ban MTTQ 2021\n");
        statistics.Append("T1,2021,working_age_labour_force,900000,Cục Thống kê 2021\n");
        statistics.Append("T1,2023,working_age_labour_force,1000000,Cục Thống kê 2023\n");
        for (var i = 1; i <= Communes; i++)
        {
            statistics.Append(CultureInfo.InvariantCulture, $"{CommuneCode(i)},2021,population,{1000 + (i * 37)},Điều tra dân số\n");
        }

        var imported = await client.PostCsvAsync("/api/statistics/import", statistics.ToString());
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());

        var generated = await client.PostAsJsonAsync("/api/plans/VN-2021-2025/subordinates", new { unitCode = Code, cascade = true });
        generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
    }
}
