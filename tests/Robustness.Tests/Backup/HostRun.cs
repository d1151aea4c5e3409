using Platform.TestKit;

namespace Platform.Robustness.Tests.Backup;

/// <summary>Tests that run the host's verbs write to the process-wide console: they run alone.</summary>
[CollectionDefinition(nameof(HostVerbCollection), DisableParallelization = true)]
public sealed class HostVerbCollection;

/// <summary>Runs <c>dotnet run --project src/Host -- VERB ...</c> in-process through Program's entry point, over the
/// database in a folder.</summary>
internal static class HostRun
{
    public static Task<(int Exit, string Output, string Error)> VerbAsync(string folder, params string[] args) =>
        HostVerbs.RunAsync(HostVerbs.English, folder, args);

    /// <summary>A host over <paramref name="folder"/> that has imported test province T1 and recorded
    /// <paramref name="activities"/> activities.</summary>
    public static async Task SeedAsync(string folder, int activities)
    {
        using var platform = PlatformFactory.InFolder(folder);
        var client = platform.CreateClient();
        await SyntheticStructure.ImportAsync(
            client,
            SyntheticStructure.WorkedExampleFigures,
            communePopulations: false
        );
        await AddActivitiesAsync(client, activities);
    }

    public static async Task AddActivitiesAsync(HttpClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(
                client,
                "/api/monitoring/activities",
                Support.SeededPlatform.ActivityBody()
            );
            response.EnsureSuccessStatusCode();
        }
    }
}
