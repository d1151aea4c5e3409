// Deliberately circular folders of a fake module, Platform.Architecture.Tests.Fakes.Circles: the folder rule must
// name the ring Cascade → Obligations → PlanBook → Cascade and the pair Units ⇄ Statistics, and nothing else.
namespace Platform.Architecture.Tests.Fakes.Circles.Cascade
{
    internal sealed class CascadeHandler
    {
        public Obligations.ObligationRow? Row { get; set; }
    }
}

namespace Platform.Architecture.Tests.Fakes.Circles.Obligations
{
    internal sealed record ObligationRow(int Year)
    {
        // Named only inside an async lambda, compiled into nested generated types: the rule must still see it.
        public Func<Task<int>> Plans => async () =>
        {
            await Task.Yield();
            return new PlanBook.Generate.YearPlan(Year).Year;
        };
    }
}

namespace Platform.Architecture.Tests.Fakes.Circles.PlanBook.Generate
{
    internal sealed record YearPlan(int Year)
    {
        public static Type Handler => typeof(Cascade.CascadeHandler);
    }
}

namespace Platform.Architecture.Tests.Fakes.Circles.Units
{
    internal sealed class UnitTree
    {
        public List<Statistics.UnitStatistic> Statistics { get; } = [];
    }
}

namespace Platform.Architecture.Tests.Fakes.Circles.Statistics
{
    internal sealed record UnitStatistic(Units.UnitTree Tree);
}

namespace Platform.Architecture.Tests.Fakes.Circles.Persistence
{
    // Persistence names Scope's types and Scope uses Persistence: allowed, Persistence is shared.
    internal sealed class FakeStore
    {
        public Scope.ScopeFilter? Filter { get; set; }
    }
}

namespace Platform.Architecture.Tests.Fakes.Circles.Scope
{
    internal sealed class ScopeFilter
    {
        public Persistence.FakeStore? Store { get; set; }

        // One way only: Scope uses Cascade, Cascade does not use Scope.
        public Cascade.CascadeHandler? Handler { get; set; }
    }
}
