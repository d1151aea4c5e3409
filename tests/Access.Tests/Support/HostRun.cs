using Platform.TestKit;

namespace Platform.Access.Tests.Support;

/// <summary>Runs alone: the verbs run through the host's real entry point, which writes to the process-wide
/// console.</summary>
[CollectionDefinition(nameof(HostVerbCollection), DisableParallelization = true)]
public sealed class HostVerbCollection;

/// <summary><c>dotnet run --project src/Host -- VERB ...</c>, in-process, over the database in
/// <paramref name="folder"/>.</summary>
internal sealed class HostRun(string folder)
{
    public Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) =>
        HostVerbs.RunAsync(HostVerbs.English, folder, args);

    /// <summary>The key id and key a verb printed: "Key id ID for user 'NAME'. ..." and the key on the next
    /// line.</summary>
    public static (string KeyId, string Key) PrintedKey(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var index = Array.FindIndex(lines, l => l.StartsWith("Key id ", StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0, output);
        return (lines[index].Split(' ')[2], lines[index + 1]);
    }
}
