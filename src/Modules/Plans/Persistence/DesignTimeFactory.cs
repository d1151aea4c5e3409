using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PlansDbContext>
{
    public PlansDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlansDbContext>()
            .UseSqlite("Data Source=design.db", s => s.MigrationsHistoryTable(PlansDbContext.HistoryTable))
            .Options, FixedCaller.System);
}
