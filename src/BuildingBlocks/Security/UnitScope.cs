using System.Linq.Expressions;

namespace Platform.BuildingBlocks.Security;

public enum ScopeLevel
{
    Nation,
    Province,
    Commune,
}

/// <summary>
/// The part of the administrative tree a caller may see and change: the nation (everything), one province (itself and
/// its communes) or one commune. A unit outside it is treated as if it did not exist (404).
/// </summary>
public sealed record UnitScope(ScopeLevel Level, string? UnitCode)
{
    public static readonly UnitScope Nation = new(ScopeLevel.Nation, null);

    /// <summary>A scope that covers nothing: the answer for an unauthenticated caller.</summary>
    public static readonly UnitScope None = new(ScopeLevel.Commune, "\0");

    public static UnitScope Province(string code) => new(ScopeLevel.Province, code);

    public static UnitScope Commune(string code) => new(ScopeLevel.Commune, code);

    public bool IsNation => Level == ScopeLevel.Nation;

    /// <summary>Whether the unit <paramref name="unitCode"/>, in province <paramref name="provinceCode"/> (null for the
    /// nation and provinces), lies in scope.</summary>
    public bool Covers(string unitCode, string? provinceCode) => Level switch
    {
        ScopeLevel.Nation => true,
        ScopeLevel.Province => unitCode == UnitCode || provinceCode == UnitCode,
        _ => unitCode == UnitCode,
    };

    /// <summary>
    /// The same test as <see cref="Covers"/> as a filter the database runs: rows whose unit (or whose province) is in
    /// scope.
    /// </summary>
    public IQueryable<T> Filter<T>(
        IQueryable<T> rows,
        Expression<Func<T, string>> unitCode,
        Expression<Func<T, string?>>? provinceCode
    )
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(unitCode);
        if (IsNation)
        {
            return rows;
        }

        return rows.Where(
            Test(
                unitCode,
                provinceCode,
                Expression.Constant(false),
                Expression.Constant(Level == ScopeLevel.Province),
                Expression.Constant(UnitCode, typeof(string))
            )
        );
    }

    /// <summary>
    /// <see cref="Covers"/> as an expression over a row's unit and province, with the scope itself given as
    /// expressions: constants for one query (<see cref="Filter"/>), or a DbContext's members for an EF Core query
    /// filter bound to the caller. Constant parts are folded away, so the SQL carries only the comparisons that matter.
    /// </summary>
    public static Expression<Func<T, bool>> Test<T>(
        Expression<Func<T, string>> unitCode,
        Expression<Func<T, string?>>? provinceCode,
        Expression isNation,
        Expression isProvince,
        Expression code
    )
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        var row = unitCode.Parameters[0];
        Expression test = Expression.Equal(unitCode.Body, code);
        if (provinceCode is not null && isProvince is not ConstantExpression { Value: false })
        {
            Expression province = Expression.Equal(
                new ParameterReplacer(provinceCode.Parameters[0], row).Visit(provinceCode.Body),
                code
            );
            test = Expression.OrElse(
                test,
                isProvince is ConstantExpression { Value: true } ? province : Expression.AndAlso(isProvince, province)
            );
        }

        if (isNation is not ConstantExpression { Value: false })
        {
            test = Expression.OrElse(isNation, test);
        }

        return Expression.Lambda<Func<T, bool>>(test, row);
    }

    /// <summary>
    /// The same test as <see cref="Covers"/> as a SQL condition over a relation's unit and province columns (quoted
    /// identifiers), for reads that bypass EF Core; the code is bound as <c>$scope</c>. Null for the nation, which sees
    /// every row.
    /// </summary>
    public string? SqlCondition(string unitColumn, string? provinceColumn) => Level switch
    {
        ScopeLevel.Nation => null,
        ScopeLevel.Province when provinceColumn is not null => $"({unitColumn} = $scope OR {provinceColumn} = $scope)",
        _ => $"{unitColumn} = $scope",
    };

    public override string ToString() => IsNation ? "nation" : $"{Level.ToString().ToLowerInvariant()} {UnitCode}";

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from ? to : base.VisitParameter(node);
    }
}
