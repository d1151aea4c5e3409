using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Architecture.Tests.Persistence;

/// <summary>
/// Every module keeps two migration sets, SQLite's and PostgreSQL's (ADR 0028): a model change with only one of its
/// two migrations would start on one provider and fail on the other. Each design-time context's model must equal the
/// snapshot of its migrations; no server is contacted.
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Contexts()
    {
        var data = new TheoryData<string>();
        foreach (var factory in DesignTimeFactories())
        {
            data.Add(factory.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_module_has_a_design_time_context_for_each_provider()
    {
        DesignTimeFactories()
            .Select(f => $"{Modules.Name(f.Assembly)}: {ContextOf(f).Name}")
            .Should()
            .BeEquivalentTo(
                "Platform.Plans: PlansDbContext",
                "Platform.Plans: PlansPostgreSqlDbContext",
                "Platform.Training: TrainingDbContext",
                "Platform.Training: TrainingPostgreSqlDbContext",
                "Platform.Monitoring: MonitoringDbContext",
                "Platform.Monitoring: MonitoringPostgreSqlDbContext",
                "Platform.Access: AccessDbContext",
                "Platform.Access: AccessPostgreSqlDbContext",
                "Platform.Audit: AuditDbContext",
                "Platform.Audit: AuditPostgreSqlDbContext"
            );
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_model_has_no_change_its_migrations_lack(string factoryName)
    {
        var factory = DesignTimeFactories().Single(f => f.FullName == factoryName);
        var create = factory.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        var instance = Activator.CreateInstance(factory, nonPublic: true);
        using var db = (DbContext)create.Invoke(instance, [Array.Empty<string>()])!;

        db.Database.HasPendingModelChanges()
            .Should()
            .BeFalse($"{ContextOf(factory).Name} needs a migration: dotnet ef migrations add … (ADR 0028)");
    }

    private static IEnumerable<Type> DesignTimeFactories() =>
        Modules.All.SelectMany(m => m.GetTypes()).Where(t => !t.IsAbstract && ContextOrNull(t) is not null);

    private static Type ContextOf(Type factory) => ContextOrNull(factory)!;

    private static Type? ContextOrNull(Type type) =>
        type.GetInterfaces()
            .FirstOrDefault(i =>
                i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)
            )
            ?.GetGenericArguments()[0];
}
