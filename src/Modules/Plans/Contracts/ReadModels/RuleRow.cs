namespace Platform.Plans.Contracts.ReadModels;

/// <summary>A rule of the cascade's rule set (rules/, ADR 0027), as <c>GET /api/rules</c> and the OData set
/// <c>Rules</c> list it: an obligation's <c>RuleName</c> and <c>RuleVersion</c> are this row's <see cref="Name"/> and
/// <see cref="Version"/>.</summary>
/// <remarks>Read from the compiled rule set, not from the database: it changes only with the code.</remarks>
public sealed class RuleRow
{
    /// <summary>"kind/rule", as stored on obligations.</summary>
    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    /// <summary>The source file of the kind in rules/.</summary>
    public string File { get; set; } = "";

    public string DescriptionVi { get; set; } = "";

    public string DescriptionEn { get; set; } = "";

    /// <summary>The kind's version, stored on every obligation the rule computes: a hash of the kind's source and
    /// the shared files.</summary>
    public string Version { get; set; } = "";

    /// <summary>The whole rule set's version: a hash of every source file of rules/.</summary>
    public string RuleSetVersion { get; set; } = "";
}
