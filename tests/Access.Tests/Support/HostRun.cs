using System.Reflection;

namespace Platform.Access.Tests.Support;

/// <summary>Runs alone: the verbs run through the host's real entry point, which writes to the process-wide console.</summary>
[CollectionDefinition(nameof(HostVerbCollection), DisableParallelization = true)]
public sealed class HostVerbCollection;

/// <summary><c>dotnet run --project src/Host -- VERB ...</c>, in-process, over the database in <paramref name="folder"/>.</summary>
internal sealed class HostRun(string folder)
{
    public async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        // The compiler's async entry point of Program.cs: the very code `dotnet run --project src/Host -- ...` runs.
        var main = typeof(Program).GetMethod("<Main>$", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("Program has no top-level entry point.");
        var database = $"--ConnectionStrings:Platform=Data Source={Path.Combine(folder, "platform.db")}";
        using var output = new StringWriter();
        using var error = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await (Task<int>)main.Invoke(null, [args.Append(database).ToArray()])!;
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    /// <summary>The key id and key a verb printed: "Key id ID for user 'NAME'. ..." and the key on the next line.</summary>
    public static (string KeyId, string Key) PrintedKey(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var index = Array.FindIndex(lines, l => l.StartsWith("Key id ", StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0, output);
        return (lines[index].Split(' ')[2], lines[index + 1]);
    }
}
