using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;

namespace Platform.Access.Scopes;

/// <summary>
/// Turns the unit code a user is given as scope (VN, a province code or a commune code) into a <see cref="UnitScope"/>,
/// by asking Plans what the unit is today. An unknown code, or a level that is no scope (a district), is a 400 on <c>scope</c>.
/// </summary>
internal sealed class ScopeResolver(IMediator mediator, TimeProvider clock)
{
    public const string Rule = "scope must be VN (the nation), a province code or a commune code in force today.";

    public async Task<UnitScope> ResolveAsync(string code, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        UnitSummary unit;
        try
        {
            unit = await mediator.Send(new GetUnitQuery(code, today), cancellationToken);
        }
        catch (NotFoundException)
        {
            throw Invalid($"No administrative unit has the code '{code}' on {today:yyyy-MM-dd}: {Rule}");
        }

        return unit.Level switch
        {
            UnitLevel.Nation => UnitScope.Nation,
            UnitLevel.Province => UnitScope.Province(unit.Code),
            UnitLevel.Commune => UnitScope.Commune(unit.Code),
            _ => throw Invalid($"'{code}' is a {unit.Level.ToString().ToLowerInvariant()}, not a scope: {Rule}"),
        };
    }

    private static ValidationException Invalid(string message) => new(message, [new ValidationFailure("scope", message)]);
}
