using Platform.BuildingBlocks.Errors;

namespace Platform.BuildingBlocks.Security;

/// <summary>
/// What a handler does with a unit the caller named: outside the scope it does not exist for them, so the answer is
/// the same 404 an unknown code gets (never a 403 that would confirm it exists).
/// </summary>
public static class UnitScopeGuard
{
    /// <summary>Throws <see cref="NotFoundException"/> with <paramref name="notFound"/> unless the scope covers the
    /// unit.</summary>
    public static void EnsureCovers(this UnitScope scope, string unitCode, string? provinceCode, string notFound)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.Covers(unitCode, provinceCode))
        {
            throw new NotFoundException(notFound);
        }
    }

    /// <summary>The unit a report starts from when none is named: the scope's own unit, or
    /// <paramref name="nation"/>.</summary>
    public static string HomeUnit(this UnitScope scope, string nation)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.IsNation ? nation : scope.UnitCode!;
    }
}
