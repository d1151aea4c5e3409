using MediatR;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Activities;

/// <summary>The units in force on a date, asked of Plans once per date and kept for the request.</summary>
internal sealed class UnitDirectory(IMediator sender)
{
    private readonly Dictionary<DateOnly, Dictionary<string, UnitNode>> byDate = [];

    public async Task<UnitNode?> FindAsync(string code, DateOnly on, CancellationToken cancellationToken)
    {
        if (!byDate.TryGetValue(on, out var units))
        {
            var tree = await sender.Send(new GetUnitTreeQuery(on), cancellationToken);
            byDate[on] = units = tree.ToDictionary(u => u.Code, StringComparer.Ordinal);
        }

        return units.GetValueOrDefault(code);
    }
}
