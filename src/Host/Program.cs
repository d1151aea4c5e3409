using Platform.Host;

var builder = WebApplication.CreateBuilder(args.SkipWhile(a => !a.StartsWith('-')).ToArray());
builder.AddPlatform();
var app = builder.Build();
app.UsePlatform();

if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(app, args);
}

using var inUse = app.HoldDatabase();
await app.InitializeModulesAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
