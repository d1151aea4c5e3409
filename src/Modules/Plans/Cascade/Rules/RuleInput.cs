namespace Platform.Plans.Cascade.Rules;

/// <summary>
/// What a rule expression sees as <c>input</c>. Public members because the expressions are compiled by
/// RulesEngine's dynamic-LINQ parser; the names are the vocabulary of the files in rules/.
/// </summary>
public sealed class RuleInput
{
    /// <summary>The rate handed down: percent, share of units, per week, per organisation, minimum classes, per covered
    /// unit.</summary>
    public double Value { get; set; }

    public double Denominator { get; set; }

    public bool HasDenominator { get; set; }

    /// <summary>Subordinate units of the unit in force that year (communes of a province).</summary>
    public int Subordinates { get; set; }

    /// <summary>Trainees needed (class quota).</summary>
    public double Trainees { get; set; }

    public bool HasTrainees { get; set; }

    /// <summary>Units covered by the share-of-units obligation this one is based on (1 or 0 for a commune).</summary>
    public double Covered { get; set; }

    public bool HasCovered { get; set; }

    /// <summary>What remains of the parent's count to split over units without their own denominator.</summary>
    public double Remainder { get; set; }

    public bool HasParentCount { get; set; }

    public int Year { get; set; }
}
