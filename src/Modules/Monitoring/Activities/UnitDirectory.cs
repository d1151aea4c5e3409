using MediatR;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Activities;

/// <summary>The units in force on a date, asked of Plans once per date and kept for the request.</summary>
internal sealed class UnitDirectory(IMediator sender)
{
    private readonly Dictionary<DateOnly, Dictionary<string, UnitNode>> byDate = [];

    public async Task<UnitNode?> FindAsync(string code, DateOnly on, CancellationToken cancellationToken) =>
        (await UnitsAsync(on, cancellationToken)).GetValueOrDefault(code);

    /// <summary>The province <paramref name="code"/> lies in on the date (itself for a province; null for the nation or an unknown code).</summary>
    public async Task<string?> ProvinceOfAsync(string code, DateOnly on, CancellationToken cancellationToken)
    {
        var units = await UnitsAsync(on, cancellationToken);
        for (var unit = units.GetValueOrDefault(code); unit is not null; unit = unit.ParentCode is null ? null : units.GetValueOrDefault(unit.ParentCode))
        {
            if (unit.Level == UnitLevel.Province)
            {
                return unit.Code;
            }
        }

        return null;
    }

    private async Task<Dictionary<string, UnitNode>> UnitsAsync(DateOnly on, CancellationToken cancellationToken)
    {
        if (!byDate.TryGetValue(on, out var units))
        {
            var tree = await sender.Send(new GetUnitTreeQuery(on), cancellationToken);
            byDate[on] = units = tree.ToDictionary(u => u.Code, StringComparer.Ordinal);
        }

        return units;
    }
}
