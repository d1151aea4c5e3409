using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Plans.Cascade.Generate;
using Platform.Plans.Obligations;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.TestKit;

namespace Platform.Plans.Tests.Cascade;

/// <summary>
/// A test province "T1" with 95 communes, in force 2021 – 30 June 2025 (so the plan to 2025 cascades over it), with
/// the denominators of DOMAIN.md's worked examples.
/// </summary>
internal static class SyntheticProvince
{
    public const string Code = "T1";
    public const int Communes = 95;

    public static string CommuneCode(int i) => $"T1{i:000}";

    public static async Task ImportAsync(HttpClient client, bool communePopulations = false)
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
        if (communePopulations)
        {
            for (var i = 1; i <= Communes; i++)
            {
                statistics.Append(CultureInfo.InvariantCulture, $"{CommuneCode(i)},2021,population,{1000 + (i * 37)},Điều tra dân số\n");
            }
        }

        var response = await client.PostCsvAsync("/api/statistics/import", statistics.ToString());
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<GenerationResult> GenerateAsync(HttpClient client, string parent, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/plans/{parent}/subordinates", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<GenerationResult>();
    }

    public static async Task<List<ObligationView>> ObligationsAsync(HttpClient client, string plan, string? unitCode = null, int? year = null, string? indicator = null)
    {
        var query = new List<string> { "top=10000" };
        if (unitCode is not null)
        {
            query.Add($"unitCode={unitCode}");
        }

        if (year is not null)
        {
            query.Add($"year={year}");
        }

        if (indicator is not null)
        {
            query.Add($"indicator={indicator}");
        }

        var page = await client.GetAsync<ObligationPage>($"/api/plans/{plan}/obligations?{string.Join('&', query)}");
        return [.. page.Items];
    }

    public static ObligationView Single(this IEnumerable<ObligationView> obligations, string indicator, int year, string? unitCode = null) =>
        obligations.Single(o => o.IndicatorCode == indicator && o.Year == year && (unitCode is null || o.UnitCode == unitCode));
}
