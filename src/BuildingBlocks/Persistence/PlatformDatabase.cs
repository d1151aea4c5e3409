using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Every module keeps its own DbContext, tables (prefixed) and migrations history in the one SQLite file
/// named by <c>ConnectionStrings:Platform</c> (default <c>data/platform.db</c> under the working directory).
/// The file is in WAL mode (readers never block the writer) and every connection waits up to
/// <see cref="BusyTimeoutSeconds"/> for a busy writer, both as a command timeout and as SQLite's busy timeout.
/// </summary>
public static class PlatformDatabase
{
    public const string ConnectionStringName = "Platform";
    public const string DefaultConnectionString = "Data Source=data/platform.db";

    /// <summary>How long a writer waits for another to finish before SQLite answers "database is locked".</summary>
    public const int BusyTimeoutSeconds = 30;

    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured
        );
        if (builder.DefaultTimeout < BusyTimeoutSeconds)
        {
            // SQLite answers "database is locked" at once unless told to wait; writers queue instead.
            builder.DefaultTimeout = BusyTimeoutSeconds;
        }

        return builder.ToString();
    }

    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services,
        IConfiguration configuration,
        string historyTable
    )
        where TContext : DbContext
    {
        var connectionString = ConnectionString(configuration);
        services.TryAddScoped(_ => new UnitOfWork(connectionString));
        services.AddDbContext<TContext>(
            (provider, options) =>
            {
                // Every module's context in a scope uses the scope's one connection, so they can share its transaction.
                var unitOfWork = provider.GetRequiredService<UnitOfWork>();
                options
                    .UseSqlite(unitOfWork.Connection, sqlite => sqlite.MigrationsHistoryTable(historyTable))
                    .AddInterceptors(
                        SqliteConnectionSettings.Instance,
                        new ChangeMarks(unitOfWork, DatabaseChanges.ModuleOf(typeof(TContext)))
                    );
                // What other parts add to every module's context, such as the audit trail's interceptor.
                options.AddInterceptors(provider.GetServices<IModuleContextInterceptor>());
            }
        );
        services.Replace(
            ServiceDescriptor.Scoped(provider =>
            {
                var db = ActivatorUtilities.CreateInstance<TContext>(provider);
                provider.GetRequiredService<UnitOfWork>().Enlist(db);
                return db;
            })
        );
        services.AddSingleton(new ModuleDatabase(typeof(TContext), historyTable));
        return services;
    }

    /// <summary>
    /// Creates the database file's folder, switches the file to WAL so readers never block the writer, and creates the
    /// modules' change counters (<see cref="DatabaseChanges"/>).
    /// </summary>
    public static async Task PrepareFileAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (
            builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrEmpty(builder.DataSource)
            && builder.DataSource != ":memory:"
        )
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await DatabaseChanges.EnsureTableAsync(connection, cancellationToken);
    }
}

/// <summary>A module's DbContext and its migrations-history table, so backup and restore can check every module's
/// migrations.</summary>
public sealed record ModuleDatabase(Type ContextType, string HistoryTable);

/// <summary>An EF Core interceptor added to every module's DbContext when it is registered as this service.</summary>
public interface IModuleContextInterceptor : IInterceptor;
