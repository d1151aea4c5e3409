using System.Reflection;
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
        user.ShouldNot().HaveDependencyOnAny(InternalsOf(used)).GetResult();

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
        return user.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
    }

    public static TestResult DoNotDependOn(PredicateList types, params string[] namespaces) =>
        types.ShouldNot().HaveDependencyOnAny(namespaces).GetResult();

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
    /// permission it needs,
    /// so the pipeline checks the role of whoever sends it; one without would pass as a mere read.
    /// </summary>
    public static TestResult RequestsRequireAPermission(PredicateList types) =>
        types.And().AreClasses().And().ImplementInterface(typeof(IBaseRequest))
            .And().DoNotHaveCustomAttribute(typeof(NeedsNoRoleAttribute))
            .Should().HaveCustomAttribute(typeof(RequiresPermissionAttribute)).GetResult();

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
