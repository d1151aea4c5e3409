using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.Host;

/// <summary>Runs alone: the verbs are run through the host's real entry point, which writes to the process-wide
/// console.</summary>
[CollectionDefinition(nameof(HostVerbCollection), DisableParallelization = true)]
public sealed class HostVerbCollection;

/// <summary>
/// <c>dotnet run --project src/Host -- import-units FILE [--valid-from DATE]</c> and <c>import-statistics FILE</c>,
/// run in-process through Program's entry point with the database pointed at a temp folder.
/// </summary>
[Collection(nameof(HostVerbCollection))]
public sealed class HostVerbTests : IDisposable
{
    private readonly string folder = PlatformFactory.NewFolder();

    [Fact]
    public async Task The_import_units_verb_imports_the_register_into_the_database_the_api_reads()
    {
        var run = await RunHostAsync("import-units", SharedData.UnitsCsvPath, "--valid-from", "2025-07-01");

        run.Exit.Should().Be(0, run.Error);
        run.Output.Should()
            .Contain(
                "Nothing changed: all 3,321 rows are already recorded exactly as in the file.",
                "a fresh database already holds the embedded register"
            );
        using var platform = PlatformFactory.InFolder(folder);
        var dongNai = await platform.CreateClient().GetAsync<UnitSummary>("/api/units/75");
        dongNai.Children.Should().Be(95);
    }

    [Fact]
    public async Task The_import_units_verb_rejects_a_bad_file_with_exit_code_1_naming_the_row_and_writes_nothing()
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bad.csv");
        await File.WriteAllBytesAsync(
            file,
            RegisterFile.WithRow(1200, cells => cells[RegisterFile.ProvinceCode] = "99")
        );

        var run = await RunHostAsync("import-units", file);

        run.Exit.Should().Be(1);
        run.Error.Should().Contain("The file was rejected and nothing was imported.")
            .And.Contain("  Row 1200: unknown province code '99'");
        using var platform = PlatformFactory.InFolder(folder);
        (await platform.QueryAsync(db => db.Units.CountAsync()))
            .Should()
            .Be(SharedData.FreshDatabaseUnits, "only the embedded register");
    }

    [Fact]
    public async Task The_import_statistics_verb_imports_figures_for_the_seeded_provinces()
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "statistics.csv");
        await File.WriteAllTextAsync(
            file,
            "unit_code,year,metric,value,source\n75,2025,collaborators,2000,BHXH tỉnh Đồng Nai\n"
        );

        var run = await RunHostAsync("import-statistics", file);

        run.Exit.Should().Be(0, run.Error);
        run.Output.Should().Contain("Imported 1 rows: 1 added, 0 updated, 0 unchanged.");
        using var platform = PlatformFactory.InFolder(folder);
        (await platform.CreateClient().GetAsync<List<UnitStatisticView>>("/api/units/75/statistics"))
            .Should().Equal(new UnitStatisticView("75", 2025, "collaborators", 2000, "BHXH tỉnh Đồng Nai"));
    }

    [Fact]
    public async Task An_unknown_verb_exits_with_2_and_lists_the_verbs()
    {
        var run = await RunHostAsync("import-plans", "plans.csv");

        run.Exit.Should().Be(2);
        run.Error.Should()
            .Contain("Unknown verb 'import-plans'. Verbs: ")
            .And.Contain("import-units")
            .And.Contain("import-statistics");
    }

    [Fact]
    public async Task A_verb_without_its_file_exits_with_1_and_shows_the_usage()
    {
        var run = await RunHostAsync("import-units");

        run.Exit.Should().Be(1);
        run.Error.Should().Contain("Usage: import-units FILE");
    }

    public void Dispose() => PlatformFactory.DeleteFolder(folder);

    private Task<(int Exit, string Output, string Error)> RunHostAsync(params string[] args) =>
        HostVerbs.RunAsync(HostVerbs.English, folder, args);
}
