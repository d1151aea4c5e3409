using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using FluentAssertions;

namespace Platform.TestKit;

/// <summary>
/// A second test province "T2" with 12 communes beside <see cref="SyntheticStructure"/>'s T1, in force over the same
/// years, so the national plan to 2025 cascades over both: the province outside a T1 caller's scope in the scope tests.
/// </summary>
public static class NeighbourProvince
{
    public const string Code = "T2";
    public const string Plan = "T2-2021-2025";
    public const int Communes = 12;

    public static string CommuneCode(int i) => $"T2{i:000}";

    public static async Task ImportAsync(HttpClient client)
    {
        var units = new StringBuilder("code,name,type,parent_code\nT2,Tỉnh Láng Giềng,tỉnh,VN\n");
        var statistics = new StringBuilder("unit_code,year,metric,value,source\n")
            .Append("T2,2021,collaborators,300,Sở Nội vụ 2021\n")
            .Append("T2,2021,mass_organisations,3,Ủy ban MTTQ 2021\n")
            .Append("T2,2021,working_age_labour_force,150000,Cục Thống kê 2021\n");
        for (var i = 1; i <= Communes; i++)
        {
            units.Append(CultureInfo.InvariantCulture, $"{CommuneCode(i)},Xã Láng Giềng {i},xã,T2\n");
            statistics.Append(
                CultureInfo.InvariantCulture,
                $"{CommuneCode(i)},2021,population,{2000 + (i * 11)},Điều tra dân số\n"
            );
        }

        (
            await client.PostCsvAsync("/api/units/import?validFrom=2021-01-01&validTo=2025-06-30", units.ToString())
        ).EnsureSuccessStatusCode();
        var imported = await client.PostCsvAsync("/api/statistics/import", statistics.ToString());
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
    }

    /// <summary>Generates T2's plan under VN-2021-2025 and goes on down to its communes.</summary>
    public static async Task CascadeAsync(HttpClient client)
    {
        var generated = await client.PostAsJsonAsync(
            "/api/plans/VN-2021-2025/subordinates",
            new { unitCode = Code, cascade = true }
        );
        generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
    }
}
