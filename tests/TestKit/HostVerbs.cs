using System.Globalization;
using System.Reflection;

namespace Platform.TestKit;

/// <summary>
/// <c>dotnet run --project src/Host -- VERB ...</c>, in-process, over the database of a folder
/// (<see cref="TestDatabase.HostArguments"/>, created if absent): the compiler's async
/// entry point of Program.cs, the very code the command runs. It writes to the process-wide console, so test classes
/// that use it must not run in parallel with each other.
/// </summary>
public static class HostVerbs
{
    /// <summary>The culture of an English-speaking machine: the suite's older assertions read English, as its HTTP
    /// clients do.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Runs a verb with <paramref name="culture"/> as the process's UI culture: outside a request, the host's texts
    /// follow it (the invariant culture of a machine without a language reads the default, Vietnamese).
    /// </summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        CultureInfo culture,
        string folder,
        params string[] args
    )
    {
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        var main = typeof(Program).GetMethod("<Main>$", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("Program has no top-level entry point.");
        TestDatabase.EnsureCreated(folder);
        // The folder's database, unless the test names a provider or connection string of its own.
        var database = TestDatabase.HostArguments(folder)
            .Where(d => !args.Any(a => a.StartsWith(d[..(d.IndexOf('=', StringComparison.Ordinal) + 1)],
                StringComparison.Ordinal)))
            .ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await (Task<int>)main.Invoke(null, [args.Concat(database).ToArray()])!;
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            CultureInfo.CurrentUICulture = uiCulture;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
