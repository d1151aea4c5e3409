using System.Net;
using System.Net.Http.Json;
using Platform.Plans.Cascade.Generate;
using Platform.Plans.PlanBook.ReadPlans;
using Platform.Plans.PlanBook;
using Platform.TestKit;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Tests.Cascade;

/// <summary>
/// A test province "T1" with 95 communes, in force 2021 – 30 June 2025 (so the plan to 2025 cascades over it), with
/// the denominators of DOMAIN.md's worked examples.
/// </summary>
internal static class SyntheticProvince
{
    public const string Code = SyntheticStructure.Code;
    public const int Communes = SyntheticStructure.Communes;

    public static string CommuneCode(int i) => SyntheticStructure.CommuneCode(i);

    public static Task ImportAsync(HttpClient client, bool communePopulations = false) =>
        SyntheticStructure.ImportAsync(client, SyntheticStructure.WorkedExampleFigures, communePopulations);

    public static async Task<GenerationResult> GenerateAsync(HttpClient client, string parent, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/plans/{parent}/subordinates", body);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<GenerationResult>();
    }

    public static async Task<List<ObligationView>> ObligationsAsync(
        HttpClient client,
        string plan,
        string? unitCode = null,
        int? year = null,
        string? indicator = null
    )
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

    public static ObligationView Single(
        this IEnumerable<ObligationView> obligations,
        string indicator,
        int year,
        string? unitCode = null
    ) =>
        obligations.Single(o =>
            o.IndicatorCode == indicator && o.Year == year && (unitCode is null || o.UnitCode == unitCode)
        );
}
