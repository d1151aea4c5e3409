using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Every module keeps its own DbContext, tables (prefixed; on PostgreSQL also in a schema of their own) and migrations
/// history in the one database named by <c>ConnectionStrings:Platform</c>: an SQLite file by default
/// (<c>data/platform.db</c> under the working directory), a PostgreSQL database with <c>Database:Provider</c> =
/// <c>PostgreSQL</c>. What differs between the two is in <see cref="DatabaseDialect"/>.
/// </summary>
public static class PlatformDatabase
{
    public const string ConnectionStringName = "Platform";

    /// <summary>How long a writer waits for another to finish before the database answers "busy".</summary>
    public const int BusyTimeoutSeconds = 30;

    /// <summary>The host's dialect, made from configuration by the first module that registers its context.</summary>
    public static DatabaseDialect Dialect(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.FirstOrDefault(d => d.ServiceType == typeof(DialectHolder))?.ImplementationInstance
            is DialectHolder held)
        {
            return held.Dialect;
        }

        var dialect = DatabaseDialect.FromConfiguration(configuration);
        services.AddSingleton(new DialectHolder(dialect));
        // Registered through a factory so the container disposes it (PostgreSQL's pooled data source) with the host.
        services.AddSingleton(_ => dialect);
        return dialect;
    }

    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the scope's one connection (<see cref="UnitOfWork"/>), created as
    /// <typeparamref name="TPostgreSqlContext"/> on PostgreSQL: the same model with PostgreSQL's conventions, its
    /// module's schema and its own migrations (EF Core's "one context type per provider").
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TPostgreSqlContext>(
        this IServiceCollection services,
        IConfiguration configuration,
        string historyTable
    )
        where TContext : DbContext
        where TPostgreSqlContext : TContext
    {
        var dialect = services.Dialect(configuration);
        var module = DatabaseChanges.ModuleOf(typeof(TContext));
        services.TryAddScoped(_ => new UnitOfWork(dialect));
        services.AddDbContext<TContext>(
            (provider, options) =>
            {
                // Every module's context in a scope uses the scope's one connection, so they can share its transaction.
                var unitOfWork = provider.GetRequiredService<UnitOfWork>();
                dialect.Use(options, unitOfWork.Connection, historyTable, module);
                options.AddInterceptors(new ChangeMarks(unitOfWork, module));
                // What other parts add to every module's context, such as the audit trail's interceptor.
                options.AddInterceptors(provider.GetServices<IModuleContextInterceptor>());
            }
        );
        var contextType = dialect.Provider == DatabaseProvider.PostgreSql
            ? typeof(TPostgreSqlContext)
            : typeof(TContext);
        services.Replace(
            ServiceDescriptor.Scoped(provider =>
            {
                var db = (TContext)ActivatorUtilities.CreateInstance(provider, contextType);
                // A SaveChanges outside a command (ASP.NET's Data Protection keys) runs in a transaction of its own
                // even for one statement, so its change counter moves with it (ChangeMarks): after an INSERT …
                // RETURNING on its own, PostgreSQL could not run the counter's statement while the INSERT's reader is
                // open.
                db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
                provider.GetRequiredService<UnitOfWork>().Enlist(db);
                return db;
            })
        );
        services.AddSingleton(new ModuleDatabase(typeof(TContext), historyTable));
        return services;
    }

    private sealed record DialectHolder(DatabaseDialect Dialect);
}

/// <summary>A module's DbContext and its migrations-history table, so backup and restore can check every module's
/// migrations.</summary>
public sealed record ModuleDatabase(Type ContextType, string HistoryTable);

/// <summary>An EF Core interceptor added to every module's DbContext when it is registered as this service.</summary>
public interface IModuleContextInterceptor : IInterceptor;
