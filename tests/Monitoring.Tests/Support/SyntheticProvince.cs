using Platform.TestKit;

namespace Platform.Monitoring.Tests.Support;

/// <summary>
/// A test province "T1" with 95 communes in force 2021 – 30 June 2025, with the denominators of DOMAIN.md's worked
/// examples, and the national plan to 2025 cascaded over it: Monitoring receives the obligations through
/// ObligationsChanged.
/// </summary>
internal static class SyntheticProvince
{
    public const string Code = SyntheticStructure.Code;
    public const string Plan = "T1-2021-2025";
    public const int Communes = SyntheticStructure.Communes;

    public static string CommuneCode(int i) => SyntheticStructure.CommuneCode(i);

    public static string CommunePlan(int i) => $"{CommuneCode(i)}-2021-2025";

    public static async Task ImportAndCascadeAsync(HttpClient client)
    {
        await SyntheticStructure.ImportAsync(client, SyntheticStructure.WorkedExampleFigures, communePopulations: true);
        await SyntheticStructure.CascadeAsync(client);
    }
}
