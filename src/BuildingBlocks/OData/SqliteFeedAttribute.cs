namespace Platform.BuildingBlocks.OData;

/// <summary>
/// Marks a <see cref="PlatformQueryAttribute"/> action over a whole entity set whose rows are exactly the SQLite view
/// (or table) <see cref="Relation"/> held to the caller's unit scope by <see cref="UnitCodeColumn"/> and
/// <see cref="ProvinceCodeColumn"/>, with columns named as the entity's properties. A plain page of that set — what
/// Power Query asks page after page — is then read and written straight from SQLite (<see cref="SqliteFeedPage"/>,
/// ADR 0012); every other request goes through the action's IQueryable as before.
/// </summary>
/// <remarks>
/// The action must return the relation and nothing narrower (no other filter, no computed rows): the SQLite path knows
/// only what this attribute says. <c>FlatFeedWriterTests</c> holds every marked set to the library's bytes.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class SqliteFeedAttribute(string relation) : Attribute
{
    public string Relation { get; } = relation;

    /// <summary>The column holding the row's unit code; null for a set every caller sees whole.</summary>
    public string? UnitCodeColumn { get; set; }

    /// <summary>The column holding the code of the row's province (null for the nation and provinces themselves).</summary>
    public string? ProvinceCodeColumn { get; set; }
}
