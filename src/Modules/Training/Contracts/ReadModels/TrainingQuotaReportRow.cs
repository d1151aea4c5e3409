namespace Platform.Training.Contracts.ReadModels;

/// <summary>
/// A row of the OData set <c>TrainingQuotas</c>: one unit, year and audience, what the obligations require and what
/// training achieved, rolled up over the unit's subtree. The key is (Year, UnitCode, Audience). Counts are
/// <see cref="long"/>, the percentages <see cref="double"/>; null requirements mean no obligation says.
/// </summary>
public sealed class TrainingQuotaReportRow
{
    public int Year { get; set; }

    public string UnitCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    /// <summary>Nation, Province, District or Commune.</summary>
    public string Level { get; set; } = "";

    public string? ParentCode { get; set; }

    public string? ProvinceCode { get; set; }

    public string Audience { get; set; } = "";

    public long? RequiredClassesFloor { get; set; }

    public long? RequiredClassesStretch { get; set; }

    public long? RequiredTraineesFloor { get; set; }

    public long? RequiredTraineesStretch { get; set; }

    public long ClassesScheduled { get; set; }

    public long ClassesHeld { get; set; }

    public long Registered { get; set; }

    public long Trained { get; set; }

    /// <summary>The same as <see cref="RegisteredTrainedPercent"/> (its first name), kept for old reports.</summary>
    public double? CoveragePercent { get; set; }

    /// <summary>Share of the registered people trained (Trained ÷ Registered × 100), not of the quota.</summary>
    public double? RegisteredTrainedPercent { get; set; }

    /// <summary>Trained ÷ RequiredTraineesFloor × 100: under 100 while <see cref="TraineesGap"/> is above 0.</summary>
    public double? TraineesFloorPercent { get; set; }

    public long? TraineesGap { get; set; }

    public long? TraineesStretchGap { get; set; }

    public long? ClassesGap { get; set; }

    public bool MissingData { get; set; }
}
