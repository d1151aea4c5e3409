using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using FluentAssertions;

namespace Platform.TestKit;

/// <summary>
/// A test province "T1" with 95 communes in force 2021 – 30 June 2025, so the national plan to 2025 cascades over it,
/// imported through the Plans endpoints as a user would. Each module's tests pick the figures they need.
/// </summary>
public static class SyntheticStructure
{
    public const string Code = "T1";
    public const int Communes = 95;

    /// <summary>The province's denominators of DOMAIN.md's worked examples.</summary>
    public static readonly IReadOnlyList<string> WorkedExampleFigures =
    [
        "T1,2021,collaborators,2000,Sở Nội vụ 2021",
        "T1,2021,mass_organisations,5,Ủy ban MTTQ 2021",
        "T1,2021,working_age_labour_force,900000,Cục Thống kê 2021",
        "T1,2023,working_age_labour_force,1000000,Cục Thống kê 2023",
    ];

    public static string CommuneCode(int i) => $"T1{i:000}";

    /// <summary>Imports the units, then <paramref name="figures"/> (<c>unit_code,year,metric,value,source</c>) and, if
    /// asked, a population for every commune.</summary>
    public static async Task ImportAsync(HttpClient client, IEnumerable<string> figures, bool communePopulations)
    {
        var units = new StringBuilder("code,name,type,parent_code\nT1,Tỉnh Thử Nghiệm,tỉnh,VN\n");
        for (var i = 1; i <= Communes; i++)
        {
            units.Append(CultureInfo.InvariantCulture, $"{CommuneCode(i)},Xã Thử {i},xã,T1\n");
        }

        (
            await client.PostCsvAsync("/api/units/import?validFrom=2021-01-01&validTo=2025-06-30", units.ToString())
        ).EnsureSuccessStatusCode();

        var statistics = new StringBuilder("unit_code,year,metric,value,source\n");
        foreach (var line in figures)
        {
            statistics.Append(line).Append('\n');
        }

        for (var i = 1; communePopulations && i <= Communes; i++)
        {
            statistics.Append(
                CultureInfo.InvariantCulture,
                $"{CommuneCode(i)},2021,population,{1000 + (i * 37)},Điều tra dân số\n"
            );
        }

        var imported = await client.PostCsvAsync("/api/statistics/import", statistics.ToString());
        imported.StatusCode.Should().Be(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
    }

    /// <summary>Generates T1's plan under VN-2021-2025 and goes on down to its communes.</summary>
    public static async Task CascadeAsync(HttpClient client)
    {
        var generated = await client.PostAsJsonAsync(
            "/api/plans/VN-2021-2025/subordinates",
            new { unitCode = Code, cascade = true }
        );
        generated.StatusCode.Should().Be(HttpStatusCode.OK, await generated.Content.ReadAsStringAsync());
    }
}
