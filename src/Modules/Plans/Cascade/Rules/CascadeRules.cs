using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.ReadModels;
using Platform.Rules;

namespace Platform.Plans.Cascade.Rules;

/// <summary>The rules of the compiled rule set, for the REST API, the feed and an obligation's explanation.</summary>
internal static class CascadeRules
{
    /// <summary>Every rule, in name order.</summary>
    public static IReadOnlyList<RuleRow> Rows { get; } =
    [
        .. RuleSet.Rules.Select(r => new RuleRow
        {
            Name = r.Name,
            Kind = r.Kind,
            File = "rules/" + RuleSet.Kinds.Single(k => k.Kind == r.Kind).File,
            DescriptionVi = r.DescriptionVi,
            DescriptionEn = r.DescriptionEn,
            Version = r.Version,
            RuleSetVersion = RuleSet.Version,
        }),
    ];

    private static readonly Dictionary<string, RuleRow> ByName =
        Rows.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>The rule an obligation names; none for a "kind/no-rule-applies" or a rule no longer in the
    /// set.</summary>
    public static RuleRow? Find(string? name) => name is null ? null : ByName.GetValueOrDefault(name);

    public static void MapRules(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/rules", () => TypedResults.Ok(Rows)).WithTags("Plans")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("List the cascade rules", "Every rule of the cascade's rule set: its name (as obligations store "
                + "it), kind, source file, description in Vietnamese and English, the kind's version and the rule "
                + "set's version.");
}
