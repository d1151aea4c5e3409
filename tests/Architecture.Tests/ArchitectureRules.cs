using System.Reflection;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Mono.Cecil;
using NetArchTest.Rules;
using Platform.BuildingBlocks.Security;

namespace Platform.Architecture.Tests;

/// <summary>
/// The rules, written over any set of types so that a test can also run them against deliberately bad types
/// and see them fail (a rule that cannot fail proves nothing).
/// </summary>
internal static class ArchitectureRules
{
    /// <summary>The types of <paramref name="used"/> another module may not touch: everything outside its Contracts
    /// namespace.</summary>
    public static string[] InternalsOf(Assembly used) =>
        used.GetTypes()
            .Where(t =>
                !t.IsNested
                && t.Namespace is { } ns
                && ns != Modules.Contracts(used)
                && !ns.StartsWith(Modules.Contracts(used) + ".", StringComparison.Ordinal)
            )
            .Select(t => t.FullName!)
            .ToArray();

    /// <summary>The types of <paramref name="assembly"/> in <paramref name="namespacePrefix"/> ("" for all of
    /// them).</summary>
    public static PredicateList In(Assembly assembly, string namespacePrefix = "") =>
        Types.InAssembly(assembly).That().ResideInNamespaceStartingWith(namespacePrefix);

    public static TestResult UseOnlyTheContractsOf(PredicateList user, Assembly used) =>
        NameNoneOf(user, InternalsOf(used));

    /// <summary>
    /// What the host may name of a module: its Contracts, its entry class (the one static class that adds and maps it)
    /// and the commands of the host's verbs with their responses (<see cref="Modules.HostVerbCommands"/>).
    /// </summary>
    public static TestResult UseOnlyTheEntryPointsOf(PredicateList user, Assembly used)
    {
        var allowed = Modules.HostVerbCommands.Select(t => t.FullName!)
            .Concat(used.GetTypes().Where(t => t.Name.EndsWith("Module", StringComparison.Ordinal) && t.IsPublic)
                .Select(t => t.FullName!))
            .ToHashSet(StringComparer.Ordinal);
        var forbidden = used == Modules.Web
            ? used.GetTypes().Where(t => !t.IsNested && t.Namespace is not null).Select(t => t.FullName!)
                .Where(name => !allowed.Contains(name)).ToArray()
            : InternalsOf(used).Where(name => !allowed.Contains(name)).ToArray();
        return NameNoneOf(user, forbidden);
    }

    public static TestResult DoNotDependOn(PredicateList types, params string[] namespaces) =>
        NameNoneOf(types, namespaces);

    /// <summary>Outside <paramref name="contractsNamespace"/>, only the <paramref name="allowed"/> types are visible to
    /// other assemblies.</summary>
    public static TestResult ArePublicOnlyInContracts(
        PredicateList types,
        string contractsNamespace,
        IEnumerable<Type> allowed
    ) =>
        types
            .And()
            .DoNotResideInNamespaceStartingWith(contractsNamespace)
            // dotnet-ef generates migrations as public classes; they are data, found by reflection.
            .And().DoNotInherit(typeof(Migration))
            .Should().MeetCustomRule(new NotVisibleOutsideItsAssembly(allowed))
            .GetResult();

    public static TestResult DbContextsAreInternal(PredicateList types) =>
        types
            .And()
            .Inherit(typeof(DbContext))
            .Should()
            .MeetCustomRule(new NotVisibleOutsideItsAssembly([]))
            .GetResult();

    /// <summary>
    /// Every MediatR request (<see cref="IBaseRequest"/>: <c>IRequest</c> and <c>IRequest&lt;T&gt;</c>) says which
    /// permission it needs, so the pipeline checks the role of whoever sends it; one without would pass as a mere read.
    /// </summary>
    public static TestResult RequestsRequireAPermission(PredicateList types) =>
        types.And().AreClasses().And().ImplementInterface(typeof(IBaseRequest))
            .And().DoNotHaveCustomAttribute(typeof(NeedsNoRoleAttribute))
            .Should().HaveCustomAttribute(typeof(RequiresPermissionAttribute)).GetResult();

    /// <summary>
    /// The folders of a module that import each other in a circle. A folder is the first namespace segment below
    /// <paramref name="moduleNamespace"/> (<c>Platform.Plans.Cascade.Generate</c> is in <c>Cascade</c>); it imports
    /// another when one of its types names a type of the other. Imports of a <paramref name="shared"/> folder do not
    /// count. A circle is a strongly connected component of the folder graph of two folders or more, so a ring of three
    /// is found as well as a pair; each comes with the imports that close it.
    /// </summary>
    public static IReadOnlyList<FolderCircle> FolderCircles(
        Assembly assembly,
        string moduleNamespace,
        IReadOnlySet<string> shared
    )
    {
        var imports = FolderImports(assembly, moduleNamespace)
            .Where(i => !shared.Contains(i.Used))
            .ToList();
        var folders = imports.SelectMany(i => new[] { i.User, i.Used }).Distinct(StringComparer.Ordinal).ToList();

        return StronglyConnected(folders, imports)
            .Where(component => component.Count > 1)
            .Select(component => new FolderCircle(
                [.. component.Order(StringComparer.Ordinal)],
                [.. imports.Where(i => component.Contains(i.User) && component.Contains(i.Used))]
            ))
            .OrderBy(c => c.Folders[0], StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Which folder of the module names a type of which other folder, read from the compiled code with Mono.Cecil:
    /// signatures, attributes and method bodies, compiler-generated types included (an async handler's body and a
    /// lambda live in nested types that NetArchTest's dependency search leaves out). A type is counted in the folder
    /// of its outermost declaring type.
    /// </summary>
    public static IReadOnlyList<FolderImport> FolderImports(Assembly assembly, string moduleNamespace)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);

        return module
            .GetTypes()
            .SelectMany(type =>
            {
                var user = Outermost(type);
                return TypeDependencies
                    .Of(type)
                    .Select(used => (
                        User: FolderOf(user.Namespace, moduleNamespace),
                        Used: FolderOf(Outermost(used).Namespace, moduleNamespace),
                        Type: user.FullName
                    ));
            })
            .Where(d => d.User is not null && d.Used is not null && d.User != d.Used)
            .GroupBy(d => (User: d.User!, Used: d.Used!))
            .Select(g => new FolderImport(
                g.Key.User,
                g.Key.Used,
                [.. g.Select(d => d.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            ))
            .OrderBy(i => i.User, StringComparer.Ordinal)
            .ThenBy(i => i.Used, StringComparer.Ordinal)
            .ToList();
    }

    private static TypeReference Outermost(TypeReference type) =>
        type.DeclaringType is { } declaring ? Outermost(declaring) : type;

    private static string? FolderOf(string? ns, string moduleNamespace) =>
        ns is not null && ns.StartsWith(moduleNamespace + ".", StringComparison.Ordinal)
            ? ns[(moduleNamespace.Length + 1)..].Split('.')[0]
            : null;

    /// <summary>Tarjan's algorithm: the strongly connected components of the folder graph.</summary>
    private static List<HashSet<string>> StronglyConnected(List<string> folders, List<FolderImport> imports)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<HashSet<string>>();

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var used in imports.Where(i => i.User == folder).Select(i => i.Used))
            {
                if (!index.TryGetValue(used, out var usedIndex))
                {
                    Visit(used);
                    low[folder] = Math.Min(low[folder], low[used]);
                }
                else if (stack.Contains(used))
                {
                    low[folder] = Math.Min(low[folder], usedIndex);
                }
            }

            if (low[folder] == index[folder])
            {
                var component = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                } while (member != folder);
                components.Add(component);
            }
        }

        foreach (var folder in folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return components;
    }

    /// <summary>
    /// None of <paramref name="types"/> names a type in one of the <paramref name="forbidden"/> namespaces or one of
    /// the forbidden types, anywhere: read with Mono.Cecil through <see cref="TypeDependencies"/> over the type and
    /// every type nested in it, so a use inside a lambda or an async lambda (compiler-generated nested classes, which
    /// NetArchTest's own dependency search does not open) counts too.
    /// </summary>
    private static TestResult NameNoneOf(PredicateList types, IEnumerable<string> forbidden) =>
        types.Should().MeetCustomRule(new NamesNoneOf(forbidden)).GetResult();

    private sealed class NamesNoneOf(IEnumerable<string> forbidden) : ICustomRule
    {
        private readonly string[] prefixes = [.. forbidden.Select(f => f.TrimEnd('.'))];

        public bool MeetsRule(TypeDefinition type) =>
            !WithNested(type).SelectMany(TypeDependencies.Of).Select(t => t.FullName).Any(Forbidden);

        private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) =>
            type.NestedTypes.SelectMany(WithNested).Prepend(type);

        private bool Forbidden(string name) =>
            prefixes.Any(p =>
                name == p
                || name.StartsWith(p + ".", StringComparison.Ordinal)
                || name.StartsWith(p + "/", StringComparison.Ordinal));
    }

    /// <summary>
    /// Effective visibility: a public type nested in an internal one is not visible outside, which NetArchTest's
    /// NotBePublic does not see through.
    /// </summary>
    private sealed class NotVisibleOutsideItsAssembly(IEnumerable<Type> allowed) : ICustomRule
    {
        private readonly HashSet<string> allowedNames = allowed
            .Select(t => t.FullName!)
            .ToHashSet(StringComparer.Ordinal);

        public bool MeetsRule(TypeDefinition type) => allowedNames.Contains(type.FullName) || !IsVisible(type);

        private static bool IsVisible(TypeDefinition type) =>
            type.IsNested
                ? (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamilyOrAssembly)
                    && IsVisible(type.DeclaringType)
                : type.IsPublic;
    }
}

/// <summary>Folder <paramref name="User"/> imports folder <paramref name="Used"/> through <paramref name="Types"/>.
/// </summary>
internal sealed record FolderImport(string User, string Used, IReadOnlyList<string> Types)
{
    public override string ToString() => $"{User} → {Used} ({string.Join(", ", Types)})";
}

/// <summary>Folders that import each other in a circle, and the imports that close it.</summary>
internal sealed record FolderCircle(IReadOnlyList<string> Folders, IReadOnlyList<FolderImport> Imports)
{
    public override string ToString() =>
        $"{string.Join(" ⇄ ", Folders)}: {string.Join("; ", Imports.Select(i => i.ToString()))}";
}
