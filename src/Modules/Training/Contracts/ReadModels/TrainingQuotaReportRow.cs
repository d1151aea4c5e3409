namespace Platform.Training.Contracts.ReadModels;

/// <summary>
/// A row of the OData set <c>TrainingQuotas</c>: one unit, year and audience, what the obligations require and what
/// training achieved, rolled up over the unit's subtree. The key is (Year, UnitCode, Audience). Counts are
/// <see cref="long"/>, the coverage a <see cref="double"/> percentage; null requirements mean no obligation says.
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

    public double? CoveragePercent { get; set; }

    public long? TraineesGap { get; set; }

    public long? TraineesStretchGap { get; set; }

    public long? ClassesGap { get; set; }

    public bool MissingData { get; set; }
}
