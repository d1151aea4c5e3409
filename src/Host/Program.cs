using Platform.Host;

// The application is named after this assembly even when another process hosts it (the tests' verbs): the web
// interface's static files are found by that name.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args.SkipWhile(a => !a.StartsWith('-')).ToArray(),
    ApplicationName = typeof(Program).Assembly.GetName().Name,
});
WebApplication app;
try
{
    builder.AddPlatform();
    app = builder.Build();
    app.UsePlatform();
}
catch (Platform.BuildingBlocks.Errors.StartupConfigurationException stopped)
{
    // A setting the platform cannot start with (Database:Provider, the connection string): one line, not a stack trace.
    await Console.Error.WriteLineAsync(stopped.Message);
    return 1;
}

if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(app, args);
}

using var inUse = app.HoldDatabase();
try
{
    await app.InitializeModulesAsync();
}
catch (Platform.BuildingBlocks.Errors.StartupConfigurationException stopped)
{
    // One line an operator can act on, not a stack trace.
    await Console.Error.WriteLineAsync(stopped.Message);
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
