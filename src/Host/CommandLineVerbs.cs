using System.Globalization;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Persistence;
using Platform.Documents.Tabular;
using Platform.Host.Backup;
using Platform.Host.Copy;
using Platform.Monitoring.Contracts;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Statistics.ImportStatistics;
using Platform.Plans.Units.ImportUnits;

namespace Platform.Host;

/// <summary>
/// Host verbs, run instead of the web server: <c>dotnet run --project src/Host -- import-units FILE [--valid-from
/// 2025-07-01] [--valid-to DATE]</c>
/// and <c>import-statistics FILE</c>, <c>load-sample-statistics</c>, <c>generate-plans</c>, <c>plan-document</c>,
/// <c>yearly-report</c>, <c>backup [FILE]</c>, <c>restore FILE</c> and <c>copy-from-sqlite FILE</c> (an SQLite
/// database into the host's empty PostgreSQL one); users and keys in <see cref="AccessVerbs"/>. They use the same
/// database and use cases as the API.
/// </summary>
internal static class CommandLineVerbs
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], CancellationToken, Task<int>>> Verbs =
        new(StringComparer.Ordinal)
        {
            ["import-units"] = (services, args, ct) =>
                ImportAsync(
                    services,
                    args,
                    bytes => new ImportUnitsCommand(
                        bytes,
                        DateOption(services, args, "--valid-from"),
                        DateOption(services, args, "--valid-to")
                    ),
                    ct
                ),
            ["import-statistics"] = (services, args, ct) =>
                ImportAsync(services, args, bytes => new ImportStatisticsCommand(bytes), ct),
            ["load-sample-statistics"] = (services, _, ct) => LoadSampleStatisticsAsync(services, ct),
            ["generate-plans"] = GenerateAsync,
            ["plan-document"] = PlanDocumentAsync,
            ["plan-documents"] = PlanDocumentsAsync,
            ["yearly-report"] = YearlyReportAsync,
            ["create-user"] = AccessVerbs.CreateUserAsync,
            ["grant-role"] = AccessVerbs.GrantRoleAsync,
            ["revoke-role"] = AccessVerbs.RevokeRoleAsync,
            ["set-scope"] = AccessVerbs.SetScopeAsync,
            ["issue-key"] = AccessVerbs.IssueKeyAsync,
            ["revoke-key"] = AccessVerbs.RevokeKeyAsync,
            ["disable-user"] = (services, args, ct) => AccessVerbs.SetDisabledAsync(services, args, disabled: true, ct),
            ["enable-user"] = (services, args, ct) => AccessVerbs.SetDisabledAsync(services, args, disabled: false, ct),
            ["list-users"] = AccessVerbs.ListUsersAsync,
            ["backup"] = BackupAsync,
            ["restore"] = RestoreAsync,
            ["copy-from-sqlite"] = CopyFromSqliteAsync,
        };

    /// <summary>Verbs that must not touch the current database before they run (no migrations, no in-use mark): a
    /// restore replaces it; a copy migrates it itself and must find it empty, without the start-up seeding.</summary>
    private static readonly HashSet<string> LeaveDatabaseAlone = new(StringComparer.Ordinal)
    {
        "restore",
        "copy-from-sqlite",
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    /// <summary>Runs the verb <paramref name="args"/> names; its texts are in the console's language (Vietnamese
    /// unless it is English) and so are their figures (14.150 and 4,4 in Vietnamese, 14,150 and 4.4 in English), as
    /// in a request.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Platform.BuildingBlocks.Texts.Languages.NumberFormat(CultureInfo.CurrentUICulture);
        try
        {
            return await RunVerbAsync(app, args);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static async Task<int> RunVerbAsync(WebApplication app, string[] args)
    {
        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            await Console.Error.WriteLineAsync(
                app.Services.GetRequiredService<IStringLocalizer<HostTexts>>()[
                    "Verb.Unknown",
                    args[0],
                    string.Join(", ", Verbs.Keys)
                ]
            );
            return 2;
        }

        try
        {
            var touches = !LeaveDatabaseAlone.Contains(args[0]);
            using var inUse = touches ? app.HoldDatabase() : null;
            if (touches)
            {
                await app.InitializeModulesAsync();
            }

            await using var scope = app.Services.CreateAsyncScope();
            return await verb(scope.ServiceProvider, args, CancellationToken.None);
        }
        catch (Exception exception)
            when (exception
                    is ImportRejectedException
                        or FluentValidation.ValidationException
                        or ArgumentException
                        or IOException
                        or FormatException
                        or NotFoundException
                        or RuleViolationException
                        or ConflictException
                        or RestoreRefusedException
                        or CopyRefusedException
                        or BackupByServerToolsException
                        or StartupConfigurationException
            )
        {
            await Console.Error.WriteLineAsync(
                exception is FluentValidation.ValidationException invalid && invalid.Errors.Any()
                    ? string.Join(Environment.NewLine, invalid.Errors.Select(e => e.ErrorMessage).Distinct())
                    : exception.Message
            );
            if (exception is ImportRejectedException rejected)
            {
                foreach (var message in rejected.Errors.SelectMany(e => e.Value))
                {
                    await Console.Error.WriteLineAsync($"  {message}");
                }
            }

            return 1;
        }
    }

    private static async Task<int> ImportAsync(
        IServiceProvider services,
        string[] args,
        Func<byte[], IRequest<ImportReport>> command,
        CancellationToken ct
    )
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            throw new ArgumentException(Texts(services)["Verb.Usage.Import", args[0]]);
        }

        var bytes = await File.ReadAllBytesAsync(args[1], ct);
        services.GetRequiredService<AuditTrail>().FileName = Path.GetFileName(args[1]);
        var report = await services.GetRequiredService<IMediator>().Send(command(bytes), ct);
        Console.WriteLine(report.Message);
        return 0;
    }

    /// <summary><c>load-sample-statistics</c>: the example figures shipped in registers/sample-statistics.csv, for a
    /// demonstration.</summary>
    private static async Task<int> LoadSampleStatisticsAsync(IServiceProvider services, CancellationToken ct)
    {
        var report = await services.GetRequiredService<IMediator>().Send(new LoadSampleStatisticsCommand(), ct);
        Console.WriteLine(report.Message);
        return 0;
    }

    /// <summary><c>generate-plans PARENT (--unit CODE | --all) [--cascade]</c>.</summary>
    private static async Task<int> GenerateAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            throw new ArgumentException(
                Texts(services)["Verb.Usage", "generate-plans PARENT_PLAN_CODE (--unit CODE | --all) [--cascade]"]
            );
        }

        var unit = Option(args, "--unit");
        var result = await services.GetRequiredService<IMediator>().Send(
            new GenerateSubordinatePlansCommand(args[1], unit, args.Contains("--all"), args.Contains("--cascade")), ct);
        Console.WriteLine(Texts(services)["Verb.Generated", result.RunId, result.Message]);
        foreach (var item in result.MissingDataItems.Take(20))
        {
            Console.WriteLine(
                Texts(services)["Verb.MissingData", item.UnitCode, item.IndicatorCode, item.Year, item.Reason]
            );
        }

        return 0;
    }

    /// <summary><c>plan-document CODE FILE [--year YEAR]</c>: the plan's document (.docx), or the year's implementation
    /// plan.</summary>
    private static async Task<int> PlanDocumentAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length < 3 || args[1].StartsWith('-') || args[2].StartsWith('-'))
        {
            throw new ArgumentException(
                Texts(services)["Verb.Usage", "plan-document PLAN_CODE FILE.docx [--year YEAR]"]
            );
        }

        var year = Option(args, "--year") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : (int?)null;
        var file = await services.GetRequiredService<IMediator>().Send(new GetPlanDocumentQuery(args[1], year), ct);
        await File.WriteAllBytesAsync(args[2], file.Content, ct);
        Console.WriteLine(Texts(services)["Verb.PlanDocument", Path.GetFullPath(args[2]), file.Content.Length]);
        return 0;
    }

    /// <summary><c>plan-documents PARENT FILE.zip</c>: the documents of every plan below PARENT, one zip.</summary>
    private static async Task<int> PlanDocumentsAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length < 3 || args[1].StartsWith('-') || args[2].StartsWith('-'))
        {
            throw new ArgumentException(Texts(services)["Verb.Usage", "plan-documents PARENT_PLAN_CODE FILE.zip"]);
        }

        await using var output = new FileStream(args[2], FileMode.CreateNew, FileAccess.Write);
        var count = await services
            .GetRequiredService<IMediator>()
            .Send(new WritePlanDocumentsCommand(args[1], output), ct);
        Console.WriteLine(Texts(services)["Verb.PlanDocuments", Path.GetFullPath(args[2]), count, output.Length]);
        return 0;
    }

    /// <summary><c>yearly-report PLAN YEAR FILE.docx|FILE.xlsx [--as-of yyyy-MM-dd]</c>: the yearly report as the unit
    /// sends it, in Vietnamese.</summary>
    private static async Task<int> YearlyReportAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var extension = args.Length > 3 ? Path.GetExtension(args[3]).ToLowerInvariant() : "";
        if (
            args.Length < 4
            || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var year)
            || extension is not (".docx" or ".xlsx")
        )
        {
            throw new ArgumentException(
                Texts(services)["Verb.Usage", "yearly-report PLAN_CODE YEAR FILE.docx|FILE.xlsx [--as-of yyyy-MM-dd]"]
            );
        }

        var asOf = DateOption(services, args, "--as-of");
        var format = extension == ".docx" ? YearlyReportFormat.Docx : YearlyReportFormat.Xlsx;
        // The report as the unit sends it: in Vietnamese, whatever the console's language.
        var console = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Platform.BuildingBlocks.Texts.Languages.Vietnamese;
        YearlyReportFile file;
        try
        {
            file = await services
                .GetRequiredService<IMediator>()
                .Send(new GetYearlyReportFileQuery(args[1], year, asOf, format), ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = console;
        }

        await File.WriteAllBytesAsync(args[3], file.Content, ct);
        Console.WriteLine(
            Texts(services)[
                "Verb.YearlyReport",
                Path.GetFullPath(args[3]),
                file.UnitName,
                file.UnitsBelow,
                file.Content.Length
            ]
        );
        return 0;
    }

    /// <summary><c>backup [FILE]</c>: an online backup (the host may be running) to FILE, else into the backup
    /// folder.</summary>
    private static async Task<int> BackupAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var backups = services.GetRequiredService<DatabaseBackups>();
        var file =
            args.Length > 1 && !args[1].StartsWith('-')
                ? await backups.TakeToAsync(args[1], ct)
                : await backups.TakeAsync(ct);
        var folder =
            args.Length > 1 && !args[1].StartsWith('-')
                ? Path.GetDirectoryName(Path.GetFullPath(args[1]))!
                : backups.Folder;
        Console.WriteLine(
            Texts(services)["Verb.BackedUp", Path.Combine(folder, file.Name), file.SizeBytes, file.Integrity]
        );
        return 0;
    }

    /// <summary><c>restore FILE</c>: only while no host serves the database; the current one is kept as
    /// *.before-restore.</summary>
    private static async Task<int> RestoreAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            throw new ArgumentException(Texts(services)["Verb.Usage.Restore"]);
        }

        var result = await DatabaseBackups.RestoreAsync(services, args[1], ct);
        var texts = Texts(services);
        Console.WriteLine(
            texts[
                "Verb.Restored",
                Path.GetFullPath(args[1]),
                result.Database,
                string.Join(", ", result.Migrations.Select(m => $"{m.Key} {m.Value}"))
            ]
        );
        Console.WriteLine(
            result.KeptAs is null
                ? texts["Verb.Restored.NoDatabaseBefore"]
                : texts["Verb.Restored.KeptAs", result.KeptAs]
        );
        Console.WriteLine(texts["Verb.Restored.MigrationsLater"]);
        return 0;
    }

    /// <summary><c>copy-from-sqlite FILE</c>: the platform's SQLite database into the host's empty PostgreSQL one,
    /// with one line per table (rows in the file → rows copied); exit code 1 when a count differs (nothing
    /// kept).</summary>
    private static async Task<int> CopyFromSqliteAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            throw new ArgumentException(Texts(services)["Verb.Usage", "copy-from-sqlite FILE"]);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var report = await SqliteToPostgreSql.CopyAsync(services, args[1], ct);
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        var texts = Texts(services);
        foreach (var table in report.Tables)
        {
            Console.WriteLine(
                texts[table.Source == table.Target ? "Verb.Copied.Table" : "Verb.Copied.TableDiffers",
                    table.Table, table.Source, table.Target]
            );
        }

        if (!report.Kept)
        {
            var differ = report.Tables.Where(t => t.Source != t.Target).Select(t => t.Table).ToList();
            await Console.Error.WriteLineAsync(texts["Verb.Copied.Differs", differ.Count, string.Join(", ", differ)]);
            return 1;
        }

        var server = (PostgreSqlDialect)services.GetRequiredService<DatabaseDialect>();
        Console.WriteLine(
            texts["Verb.Copied", report.Tables.Sum(t => t.Target), report.Tables.Count, report.File, server.Database,
                server.Server, seconds]
        );
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static IStringLocalizer<HostTexts> Texts(IServiceProvider services) =>
        services.GetRequiredService<IStringLocalizer<HostTexts>>();

    private static DateOnly? DateOption(IServiceProvider services, string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return null;
        }

        return
            index + 1 < args.Length
            && DateOnly.TryParseExact(
                args[index + 1],
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date
            )
            ? date
            : throw new ArgumentException(Texts(services)["Verb.DateOption", name]);
    }
}
