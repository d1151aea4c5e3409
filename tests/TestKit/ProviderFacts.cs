using Xunit;

namespace Platform.TestKit;

/// <summary>
/// A fact about SQLite itself (its file, PRAGMAs, WAL, file-level backup and restore): skipped, with
/// <c>reason</c>, when the suite runs on PostgreSQL (<see cref="TestDatabase.Provider"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    /// <summary>A fact that runs on SQLite only; <paramref name="reason"/> says what of SQLite it is
    /// about.</summary>
    public SqliteOnlyFactAttribute(string reason)
    {
        Reason = reason;
        Skip = TestDatabase.SkipUnlessSqlite(reason);
    }

    /// <summary>What of SQLite the fact is about.</summary>
    public string Reason { get; }
}

/// <summary>
/// A theory about SQLite itself: skipped, with <c>reason</c>, when the suite runs on PostgreSQL
/// (<see cref="TestDatabase.Provider"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    /// <summary>A theory that runs on SQLite only; <paramref name="reason"/> says what of SQLite it is
    /// about.</summary>
    public SqliteOnlyTheoryAttribute(string reason)
    {
        Reason = reason;
        Skip = TestDatabase.SkipUnlessSqlite(reason);
    }

    /// <summary>What of SQLite the theory is about.</summary>
    public string Reason { get; }
}

/// <summary>
/// A fact about PostgreSQL itself (a server, several hosts over one database): skipped, with <c>reason</c>, when the
/// suite runs on SQLite (<see cref="TestDatabase.Provider"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    /// <summary>A fact that runs on PostgreSQL only; <paramref name="reason"/> says what of PostgreSQL it is
    /// about.</summary>
    public PostgreSqlOnlyFactAttribute(string reason)
    {
        Reason = reason;
        Skip = TestDatabase.SkipUnlessPostgreSql(reason);
    }

    /// <summary>What of PostgreSQL the fact is about.</summary>
    public string Reason { get; }
}

/// <summary>
/// A theory about PostgreSQL itself: skipped, with <c>reason</c>, when the suite runs on SQLite
/// (<see cref="TestDatabase.Provider"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgreSqlOnlyTheoryAttribute : TheoryAttribute
{
    /// <summary>A theory that runs on PostgreSQL only; <paramref name="reason"/> says what of PostgreSQL it is
    /// about.</summary>
    public PostgreSqlOnlyTheoryAttribute(string reason)
    {
        Reason = reason;
        Skip = TestDatabase.SkipUnlessPostgreSql(reason);
    }

    /// <summary>What of PostgreSQL the theory is about.</summary>
    public string Reason { get; }
}
