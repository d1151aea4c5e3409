using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Activities;

/// <summary>
/// The unit a write names, as the caller may know it. A caller whose scope does not cover everything cannot tell a
/// code that does not exist from one outside their scope: both are not found (404) with the same message, so no one
/// learns which codes exist elsewhere. A caller who sees the whole nation gets a 400 on the field instead.
/// </summary>
internal static class UnitInScope
{
    /// <summary>The province of <paramref name="code"/> on <paramref name="on"/>, once in force and in scope.</summary>
    public static async Task<string?> EnsureWritableAsync(
        this IMediator sender, UnitScope scope, string code, DateOnly on, string notInForce, string notFound,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(scope);
        var units = await sender.Send(new GetUnitTreeQuery(on, [code]), cancellationToken);
        if (units.Find(code) is null)
        {
            // Unknown on the date: not found unless the caller sees everything (or named their own unit's code).
            scope.EnsureCovers(code, null, notFound);
            throw new ValidationException([new ValidationFailure("unitCode", notInForce)]);
        }

        var province = units.ProvinceOf(code);
        scope.EnsureCovers(code, province, notFound);
        return province;
    }
}
