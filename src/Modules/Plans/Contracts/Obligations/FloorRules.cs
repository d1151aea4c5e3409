namespace Platform.Plans.Contracts.Obligations;

/// <summary>How an override is held to its obligation's floor: one rule, applied by the override and explained by its
/// form.</summary>
public static class FloorRules
{
    /// <summary>
    /// A commune's part chosen among its siblings (a share of subordinate units at commune level, or a split by largest
    /// remainder): an override may go below the computed floor as long as the siblings together still meet the parent's
    /// floor. Any other obligation's override may not go below its computed floor.
    /// </summary>
    public static bool IsSharedAmongSiblings(string ruleName, string? fallback) =>
        ruleName.StartsWith(CascadeKinds.ShareOfSubordinateUnits + "/commune", StringComparison.Ordinal)
        || fallback?.Contains("largest remainder", StringComparison.Ordinal) == true;
}
