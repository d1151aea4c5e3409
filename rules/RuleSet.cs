using System.Reflection;
using System.Security.Cryptography;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Platform.Rules;

/// <summary>A rule's description in the two languages of the platform (NRules' own attribute holds one).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DescribedAttribute(string vietnamese, string english) : Attribute
{
    public string Vietnamese => vietnamese;

    public string English => english;
}

/// <summary>A cascade kind: its file of rules, what it does in words, and its worked examples.</summary>
public sealed record KindInfo(
    string Kind, string File, string DescriptionVi, string DescriptionEn, IReadOnlyList<WorkedExample> Examples);

/// <summary>One rule as an analyst sees it.</summary>
public sealed record RuleInfo(string Kind, string Name, string DescriptionVi, string DescriptionEn, string Version);

/// <summary>A worked example failed: the rule set is wrong, and the platform must not start on it.</summary>
public sealed class RuleSetException(string kind, string example, string reason)
    : Exception($"{kind}: the worked example \"{example}\" fails: {reason}")
{
    public string Kind => kind;

    public string Example => example;

    public string Reason => reason;
}

/// <summary>The rule set: its kinds, its rules, their versions, and the compiled session factory.</summary>
public static class RuleSet
{
    public static readonly IReadOnlyList<KindInfo> Kinds =
    [
        CampaignQuotas.Info,
        ClassQuota.Info,
        FrequencyPerSubordinateUnit.Info,
        PerCoveredUnit.Info,
        PercentOfDenominator.Info,
        QuotaPerOrganisation.Info,
        QuotaPerUnit.Info,
        ShareOfSubordinateUnits.Info,
    ];

    /// <summary>The files every kind's rules compute with: a change to them changes every kind's version.</summary>
    private static readonly string[] Shared = ["Arithmetic.cs", "Facts.cs"];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Versions = new(() =>
        Kinds.ToDictionary(
            k => k.Kind, k => Hash(string.Concat([Source(k.File), .. Shared.Select(Source)])), StringComparer.Ordinal));

    /// <summary>The version of the whole set: the hash of every source file of the assembly.</summary>
    public static string Version { get; } = Hash(string.Concat(
        typeof(RuleSet).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal).Select(n => n + Source(n))));

    /// <summary>The version of a kind: the first 12 hex digits of the SHA-256 of its file and the shared ones, line
    /// endings normalised.</summary>
    public static string VersionOf(string kind) => Versions.Value[kind];

    public static IReadOnlyList<RuleInfo> Rules { get; } =
    [
        .. typeof(RuleSet).Assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Name: Argument<NameAttribute>(t), Kind: Argument<TagAttribute>(t),
                Described: t.GetCustomAttribute<DescribedAttribute>()!))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RuleInfo(r.Kind, r.Name, r.Described.Vietnamese, r.Described.English, VersionOf(r.Kind))),
    ];

    /// <summary>True when the kind has rules that give units of <paramref name="level"/> obligations: a rule's name
    /// after the kind starts with the level it gives ("province-…", "commune-…").</summary>
    public static bool AppliesAt(string kind, Level level)
    {
        var prefix = $"{kind}/{level.ToString().ToLowerInvariant()}-";
        return Rules.Any(r => r.Name.StartsWith(prefix, StringComparison.Ordinal));
    }

    public static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(RuleSet).Assembly));
        return repository.Compile();
    }

    /// <summary>Runs every worked example; the first that fails throws, naming its kind, example and reason.</summary>
    public static void CheckExamples(ISessionFactory factory) => CheckExamples(factory, Kinds);

    /// <summary>Runs the worked examples of <paramref name="kinds"/>; the first that fails throws.</summary>
    public static void CheckExamples(ISessionFactory factory, IEnumerable<KindInfo> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        foreach (var kind in kinds)
        {
            foreach (var example in kind.Examples)
            {
                if (WorkedExamples.Check(factory, kind.Kind, example) is { } reason)
                {
                    throw new RuleSetException(kind.Kind, example.Name, reason);
                }
            }
        }
    }

    private static string Argument<TAttribute>(Type rule) =>
        (string)rule.GetCustomAttributesData().Single(a => a.AttributeType == typeof(TAttribute))
            .ConstructorArguments[0].Value!;

    private static string Source(string file)
    {
        var name = file.StartsWith("rule-sources/", StringComparison.Ordinal) ? file : "rule-sources/" + file;
        using var stream = typeof(RuleSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"no embedded source {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
}
