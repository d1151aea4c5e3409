namespace Platform.Architecture.Tests;

/// <summary>
/// No import circles between a module's folders (issue 15): a newcomer can read the folders bottom-up, and a use case
/// can move or go without dragging the others along.
/// </summary>
public sealed class FolderCircleTests
{
    /// <summary>
    /// Folders every folder may import, because they sit below all the use cases by design: <c>Contracts</c> is the
    /// module's vocabulary (its records, notifications and queries), <c>Persistence</c> the DbContext and the tables
    /// every use case reads and writes, <c>Texts</c> the resources every message comes from. They name use-case types
    /// only where EF maps an entity or a contract is built, which is no circle a reader has to follow.
    /// </summary>
    internal static readonly IReadOnlySet<string> Shared = new HashSet<string>(StringComparer.Ordinal)
    {
        "Contracts",
        "Persistence",
        "Texts",
    };

    [Theory]
    [MemberData(nameof(Modules.Each), MemberType = typeof(Modules))]
    public void The_folders_of_a_module_do_not_import_each_other_in_a_circle(string module)
    {
        var circles = ArchitectureRules.FolderCircles(Modules.Named(module), module, Shared);

        circles.Select(c => c.ToString()).Should().BeEmpty();
    }
}
