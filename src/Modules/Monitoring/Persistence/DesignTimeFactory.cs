using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Monitoring.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MonitoringDbContext>
{
    public MonitoringDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MonitoringDbContext>()
            .UseSqlite("Data Source=design.db", s => s.MigrationsHistoryTable(MonitoringDbContext.HistoryTable))
            .Options);
}
