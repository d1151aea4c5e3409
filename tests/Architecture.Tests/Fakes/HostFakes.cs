using Platform.Plans;
using Platform.Plans.Contracts;
using Platform.Plans.OData;
using Platform.Plans.Units.ImportUnits;

// Deliberately bad host types, in a namespace of their own so the other rules' fakes stay as they are.
namespace Platform.Architecture.Tests.HostFakes;

/// <summary>Names Plans' OData controller, public only so MVC finds it: the host may not.</summary>
public sealed class VerbUsingAController
{
    public static Type Controller() => typeof(PlansODataController);
}

/// <summary>Names the entry class, a verb's command and a contract: allowed.</summary>
public sealed class VerbUsingEntryPoints
{
    public ImportUnitsCommand? Command { get; set; }

    public UnitSummary? Unit { get; set; }

    public static Type Module() => typeof(PlansModule);
}
