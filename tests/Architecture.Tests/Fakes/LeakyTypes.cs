using Platform.Plans;
using Platform.Plans.Contracts;
using Platform.Plans.Units.ImportUnits;

// Deliberately bad types, standing in for a module that breaks the rules: the rules must name them.
namespace Platform.Architecture.Tests.Fakes
{
    /// <summary>Reaches into Plans beyond its Contracts, as a Training handler must not.</summary>
    public sealed class HandlerUsingPlansInternals
    {
        public ImportUnitsCommand? Command { get; set; }

        public static Type Module() => typeof(PlansModule);
    }

    /// <summary>Uses only Plans' Contracts: allowed.</summary>
    public sealed class HandlerUsingPlansContracts
    {
        public UnitSummary? Unit { get; set; }

        public static GetUnitQuery Query(string code) => new(code);
    }

    /// <summary>Public outside Contracts and not on the allowed list: a leak.</summary>
    public sealed class LeakedPublicType;

    /// <summary>Public, but on the allowed list in the test.</summary>
    public static class FakeModule;

    internal sealed class InternalType
    {
        /// <summary>Public in name only: its declaring type is internal.</summary>
        public sealed record NestedRecord(int Value);
    }

    public sealed class FakeDbContext : Microsoft.EntityFrameworkCore.DbContext;
}

namespace Platform.Architecture.Tests.Fakes.Contracts
{
    public sealed record FakeNotification(string Code);
}
