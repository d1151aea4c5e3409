using System.Reflection;

namespace Platform.Architecture.Tests;

/// <summary>The assemblies under test and what each module shows the others.</summary>
internal static class Modules
{
    public static readonly Assembly BuildingBlocks = typeof(BuildingBlocks.Persistence.UnitOfWork).Assembly;
    public static readonly Assembly Auditing = typeof(Auditing.AuditTrail).Assembly;
    public static readonly Assembly Documents = typeof(Documents.Tabular.ImportReport).Assembly;
    public static readonly Assembly Feed = typeof(Feed.FeedRows).Assembly;
    public static readonly Assembly Host = typeof(Program).Assembly;
    public static readonly Assembly Web = typeof(Web.WebModule).Assembly;
    public static readonly Assembly Plans = typeof(Plans.PlansModule).Assembly;
    public static readonly Assembly Training = typeof(Training.TrainingModule).Assembly;
    public static readonly Assembly Monitoring = typeof(Monitoring.MonitoringModule).Assembly;
    public static readonly Assembly Access = typeof(Access.AccessModule).Assembly;
    public static readonly Assembly Audit = typeof(Audit.AuditModule).Assembly;

    public static readonly Assembly[] All = [Plans, Training, Monitoring, Access, Audit];

    /// <summary>What several modules share: the kernel (BuildingBlocks) and the three parts built on it.</summary>
    public static readonly Assembly[] Shared = [BuildingBlocks, Auditing, Documents, Feed];

    /// <summary>
    /// The public types of a module outside its Contracts: its entry class, and the commands the host's
    /// command-line verbs send (import-units, import-statistics, load-sample-statistics); the host sees nothing else of
    /// a module (no InternalsVisibleTo). Anything else public is a leak. A verb's command must be public, and so must
    /// its response type if the module declares it (C# requires it): list both here. Records that other modules or the
    /// host read belong in Contracts instead.
    /// </summary>
    public static readonly Dictionary<Assembly, Type[]> PublicOutsideContracts = new()
    {
        [Plans] =
        [
            typeof(Plans.PlansModule),
            typeof(Plans.Units.ImportUnits.ImportUnitsCommand),
            typeof(Plans.Statistics.ImportStatistics.ImportStatisticsCommand),
            typeof(Plans.Statistics.ImportStatistics.LoadSampleStatisticsCommand),
            // MVC discovers only public controllers; it serves the read models of Contracts/ReadModels at /odata.
            typeof(Plans.OData.PlansODataController),
        ],
        [Training] =
        [
            typeof(Training.TrainingModule),
            // MVC discovers only public controllers; it serves the read models of Contracts/ReadModels at /odata.
            typeof(Training.OData.TrainingODataController),
        ],
        [Monitoring] =
        [
            typeof(Monitoring.MonitoringModule),
            // MVC discovers only public controllers; it serves the read models of Contracts/ReadModels at /odata.
            typeof(Monitoring.OData.MonitoringODataController),
        ],
        [Access] = [typeof(Access.AccessModule)],
        [Audit] =
        [
            typeof(Audit.AuditModule),
            // MVC discovers only public controllers; it serves the read model of Contracts/ReadModels at /odata.
            typeof(Audit.OData.AuditODataController),
        ],
    };

    /// <summary>The module commands the host's command-line verbs send that are not in a module's Contracts (the
    /// verbs' other requests are); see <see cref="PublicOutsideContracts"/>.</summary>
    public static readonly Type[] HostVerbCommands =
    [
        typeof(Plans.Units.ImportUnits.ImportUnitsCommand),
        typeof(Plans.Statistics.ImportStatistics.ImportStatisticsCommand),
        typeof(Plans.Statistics.ImportStatistics.LoadSampleStatisticsCommand),
    ];

    public static string Name(Assembly module) => module.GetName().Name!;

    public static string Contracts(Assembly module) => Name(module) + ".Contracts";

    public static IEnumerable<object[]> Each() => All.Select(a => new object[] { Name(a) });

    public static IEnumerable<object[]> EachPair() =>
        from user in All from used in All where user != used select new object[] { Name(user), Name(used) };

    public static Assembly Named(string name) => All.Single(a => Name(a) == name);

    public static IEnumerable<object[]> EachShared() => Shared.Select(a => new object[] { Name(a) });

    public static Assembly SharedNamed(string name) => Shared.Single(a => Name(a) == name);
}
