using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Access.Texts;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;

namespace Platform.Access.Scopes;

/// <summary>
/// Turns the unit code a user is given as scope (VN, a province code or a commune code) into a <see cref="UnitScope"/>,
/// by asking Plans what the unit is today. An unknown code, or a level that is no scope (a district), is a 400 on
/// <c>scope</c>.
/// </summary>
internal sealed class ScopeResolver(IMediator mediator, TimeProvider clock, IStringLocalizer<AccessTexts> texts)
{
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
            throw Invalid(texts["Scope.UnknownUnit", code, today]);
        }

        return unit.Level switch
        {
            UnitLevel.Nation => UnitScope.Nation,
            UnitLevel.Province => UnitScope.Province(unit.Code),
            UnitLevel.Commune => UnitScope.Commune(unit.Code),
            // A level that is no scope has its own sentence (Scope.District): no level name is put into a shared one.
            _ => throw Invalid(texts[$"Scope.{unit.Level}", code]),
        };
    }

    private static ValidationException Invalid(string message) =>
        new(message, [new ValidationFailure("scope", message)]);
}
