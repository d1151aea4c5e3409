namespace Platform.Training.People;

/// <summary>A registered trainee. Only what training needs: no address, no ID number, no phone.</summary>
internal sealed class Person
{
    public int Id { get; set; }

    /// <summary>The coordinator's own code for the person; imports are idempotent by it.</summary>
    public required string Code { get; set; }

    public required string FullName { get; set; }

    public required string SearchName { get; set; }

    public required string UnitCode { get; set; }

    /// <summary>The province of <see cref="UnitCode"/> (itself for a province, null for the nation), so scopes filter
    /// in SQL.</summary>
    public string? ProvinceCode { get; set; }

    public required string Audience { get; set; }

    /// <summary>"F", "M" or null.</summary>
    public string? Gender { get; set; }

    public int? BirthYear { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
