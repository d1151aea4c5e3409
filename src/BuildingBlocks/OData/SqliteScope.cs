using Platform.BuildingBlocks.Security;
using SQLitePCL;

namespace Platform.BuildingBlocks.OData;

/// <summary>The caller's unit scope in the SQL of the reads that bypass EF Core: the same test as its query filters.</summary>
internal static class SqliteScope
{
    /// <summary>The scope as a condition over a relation's unit and province columns, or null where every row is in it.</summary>
    public static string? Condition(UnitScope scope, string? unitCodeColumn, string? provinceCodeColumn) =>
        unitCodeColumn is null
            ? null
            : scope.SqlCondition(SqliteJsonRows.Quote(unitCodeColumn), provinceCodeColumn is null ? null : SqliteJsonRows.Quote(provinceCodeColumn));

    /// <summary>" WHERE a AND b" of the conditions given, or nothing.</summary>
    public static string Where(params string?[] conditions) =>
        conditions.OfType<string>().ToList() is { Count: > 0 } present ? " WHERE " + string.Join(" AND ", present) : "";

    /// <summary>Binds the scope's code where the statement has a condition of <see cref="Condition"/>.</summary>
    public static void Bind(sqlite3_stmt statement, UnitScope scope)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, "$scope");
        if (index > 0)
        {
            raw.sqlite3_bind_text(statement, index, scope.UnitCode);
        }
    }
}
