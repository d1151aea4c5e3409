using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Tests.Cascade;
using Platform.Plans.Tests.Support;
using Platform.TestKit;

namespace Platform.Plans.Tests.PlanBook;

/// <summary>
/// The whole country: the 2025 register imported and VN-2026-2030 cascaded to its 34 provinces and 3,321 communes
/// (about half a minute), then every subordinate plan read back from the database with its unit's level and type.
/// </summary>
public sealed class NationalCascadeFixture : PlatformFactory, IAsyncLifetime
{
    public const string National = "VN-2026-2030";

    public IReadOnlyList<PlanWording> Plans { get; private set; } = [];

    public async Task InitializeAsync()
    {
        using var admin = CreateClient();
        admin.Timeout = TimeSpan.FromMinutes(10);
        (await admin.PostCsvAsync("/api/units/import", SharedData.UnitsCsv())).EnsureSuccessStatusCode();
        await SyntheticProvince.GenerateAsync(admin, National, new { all = true, cascade = true });

        Plans = await this.QueryAsync(async db =>
        {
            var units = await db
                .Units.AsNoTracking()
                .Select(u => new
                {
                    u.Id,
                    u.Level,
                    u.Type,
                    u.Name,
                })
                .ToDictionaryAsync(u => u.Id);
            var plans = await db
                .Plans.AsNoTracking()
                .Where(p => p.ParentPlanId != null)
                .OrderBy(p => p.Code)
                .ToListAsync();
            return plans.ConvertAll(p => new PlanWording(
                p.Code,
                units[p.UnitId].Level,
                units[p.UnitId].Type,
                units[p.UnitId].Name,
                p.Title,
                p.Themes,
                [.. p.Tasks.Select(t => t.Responsible)],
                [.. p.Tasks.SelectMany(t => t.Cooperating)],
                [.. p.Deadlines.Select(d => d.Recipient)]
            ));
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>What a subordinate plan says in words: its title, themes, tasks' leads and partners, and the recipients of
/// its reports.</summary>
public sealed record PlanWording(
    string Code, UnitLevel Level, string Type, string UnitName, string Title, IReadOnlyList<string> Themes,
    IReadOnlyList<string> Responsible, IReadOnlyList<string> Cooperating, IReadOnlyList<string> Recipients)
{
    /// <summary>The texts about the unit's own work: everything but the recipients of its reports, which are the units
    /// above it.</summary>
    public IEnumerable<string> OwnTexts => [Title, .. Themes, .. Responsible, .. Cooperating];

    public IEnumerable<string> AllTexts => [.. OwnTexts, .. Recipients];

    /// <summary>
    /// <paramref name="text"/> with the unit's proper name left out ("phường Yên Sở" → "phường …"): a place may be
    /// called Yên Sở or Mễ Sở without its plan naming a department ("Sở ").
    /// </summary>
    public string WithoutOwnName(string text)
    {
        var properName = UnitName.StartsWith(Type + " ", StringComparison.OrdinalIgnoreCase)
            ? UnitName[(Type.Length + 1)..]
            : UnitName;
        return text.Replace(properName, "…", StringComparison.Ordinal);
    }
}
