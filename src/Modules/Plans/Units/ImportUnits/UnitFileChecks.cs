using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.Units.ImportUnits;

/// <summary>
/// The checks across a units file, against the register read once: the provinces the rows name, duplicate codes, each
/// unit's level through its parents (in the file or the register), the caller's scope and later versions. What they
/// find is what the write needs.
/// </summary>
internal sealed class UnitFileChecks
{
    private UnitFileChecks(
        Dictionary<string, UnitLine> lines,
        Dictionary<string, UnitLevel> levels,
        Dictionary<string, AdministrativeUnit> inForce,
        Dictionary<string, AdministrativeUnit> sameVersion,
        Dictionary<string, DateOnly> successors
    ) => (Lines, Levels, InForce, SameVersion, Successors) = (lines, levels, inForce, sameVersion, successors);

    /// <summary>The file's units by code, each at its first row.</summary>
    public Dictionary<string, UnitLine> Lines { get; }

    public Dictionary<string, UnitLevel> Levels { get; }

    /// <summary>The register's units in force on the file's date, by code.</summary>
    public Dictionary<string, AdministrativeUnit> InForce { get; }

    /// <summary>The register's units of the file's version (same valid-from date), by code.</summary>
    public Dictionary<string, AdministrativeUnit> SameVersion { get; }

    /// <summary>The first later version of each code: a version imported now must end before it starts.</summary>
    public Dictionary<string, DateOnly> Successors { get; }

    public static async Task<UnitFileChecks> RunAsync(
        PlansDbContext db,
        IReadOnlyList<UnitLine> units,
        ImportUnitsCommand request,
        UnitScope scope,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts,
        CancellationToken cancellationToken
    )
    {
        var validFrom = request.EffectiveValidFrom;
        var all = await db.Units.ToListAsync(cancellationToken);
        var inForce = all.Where(u => u.IsValidOn(validFrom)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var sameVersion = all.Where(u => u.ValidFrom == validFrom).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var successors = all.Where(u => u.ValidFrom > validFrom).GroupBy(u => u.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(u => u.ValidFrom), StringComparer.Ordinal);

        CheckReferencedProvinces(units, inForce, errors, texts);
        var lines = FirstOccurrences(units, errors, texts);
        var levels = ResolveLevels(lines, inForce, errors, texts);
        CheckScope(scope, lines, levels, inForce, errors, texts);
        CheckSuccessors(lines, successors, request.ValidTo, errors, texts);
        return new UnitFileChecks(lines, levels, inForce, sameVersion, successors);
    }

    private static void CheckReferencedProvinces(
        IReadOnlyList<UnitLine> units,
        Dictionary<string, AdministrativeUnit> inForce,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts
    )
    {
        foreach (var line in units.Select(u => u.Province).OfType<UnitLine>())
        {
            if (!inForce.TryGetValue(line.Code, out var province) || province.Level != UnitLevel.Province)
            {
                errors.Add(line.Row, texts["Import.Units.UnknownProvince", line.Code]);
            }
            else if (!string.Equals(province.Name, line.Name, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(line.Row, texts["Import.Units.ProvinceNameDiffers", line.Code, province.Name, line.Name]);
            }
        }
    }

    /// <summary>
    /// Below the nation a caller imports only units of their own province (or commune): each line's province is found
    /// through its parents, in the file or in the register, and a line outside the scope rejects the file.
    /// </summary>
    private static void CheckScope(
        UnitScope scope,
        Dictionary<string, UnitLine> lines,
        Dictionary<string, UnitLevel> levels,
        Dictionary<string, AdministrativeUnit> inForce,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts
    )
    {
        if (scope.IsNation)
        {
            return;
        }

        foreach (var line in lines.Values.Where(l => levels.ContainsKey(l.Code)))
        {
            if (!scope.Covers(line.Code, ProvinceOf(line.Code)))
            {
                errors.Add(
                    line.Row,
                    texts[$"Import.Units.OutsideScope.{scope.Level}", line.Code, scope.UnitCode ?? string.Empty]
                );
            }
        }

        string? ProvinceOf(string code)
        {
            // Nation → province → district → commune: four steps at most, whatever a malformed file says.
            for (var step = 0; step < 4; step++)
            {
                if (lines.TryGetValue(code, out var line) && levels.TryGetValue(code, out var level))
                {
                    if (level == UnitLevel.Province)
                    {
                        return code;
                    }

                    code = line.ParentCode;
                }
                else
                {
                    for (var unit = inForce.GetValueOrDefault(code); unit is not null; unit = unit.Parent)
                    {
                        if (unit.Level == UnitLevel.Province)
                        {
                            return unit.Code;
                        }
                    }

                    return null;
                }
            }

            return null;
        }
    }

    /// <summary>Two versions of one code in force on the same day would make every later lookup ambiguous.</summary>
    private static void CheckSuccessors(
        Dictionary<string, UnitLine> lines,
        Dictionary<string, DateOnly> successors,
        DateOnly? validTo,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts
    )
    {
        foreach (var line in lines.Values)
        {
            if (validTo is not null && successors.TryGetValue(line.Code, out var next) && validTo >= next)
            {
                errors.Add(line.Row, texts["Import.Units.LaterVersion", line.Code, next]);
            }
        }
    }

    private static Dictionary<string, UnitLine> FirstOccurrences(
        IReadOnlyList<UnitLine> units,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts
    )
    {
        var lines = new Dictionary<string, UnitLine>(StringComparer.Ordinal);
        foreach (var line in units.Where(l => l.Code.Length > 0))
        {
            if (!lines.TryAdd(line.Code, line))
            {
                errors.Add(line.Row, texts["Import.Units.DuplicateCode", line.Code, lines[line.Code].Row.Number]);
            }
        }

        return lines;
    }

    /// <summary>Finds each unit's level from its parent's, the parent being in the register or earlier/later in the
    /// file.</summary>
    private static Dictionary<string, UnitLevel> ResolveLevels(
        Dictionary<string, UnitLine> lines,
        Dictionary<string, AdministrativeUnit> inForce,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts
    )
    {
        var levels = new Dictionary<string, UnitLevel>(StringComparer.Ordinal);
        foreach (var line in lines.Values)
        {
            Resolve(line, depth: 0);
        }

        return levels;

        UnitLevel? Resolve(UnitLine line, int depth)
        {
            if (levels.TryGetValue(line.Code, out var known))
            {
                return known;
            }

            UnitLevel? parentLevel = null;
            if (line.ParentCode == line.Code || depth > 4)
            {
                errors.Add(line.Row, texts["Import.Units.OwnAncestor", line.Code, line.ParentCode]);
                return null;
            }

            if (lines.TryGetValue(line.ParentCode, out var parentLine))
            {
                parentLevel = Resolve(parentLine, depth + 1);
            }
            else if (inForce.TryGetValue(line.ParentCode, out var parent))
            {
                parentLevel = parent.Level;
            }
            else if (line.ParentCode.Length == 0)
            {
                errors.Add(line.Row, texts["Import.Units.NoParent", line.Code]);
                return null;
            }
            else
            {
                errors.Add(line.Row, texts["Import.Units.UnknownParent", line.ParentCode, line.Code]);
                return null;
            }

            if (parentLevel is null)
            {
                return null;
            }

            var level = UnitTypes.LevelUnder(line.Type, parentLevel.Value);
            if (level is null)
            {
                if (UnitTypes.IsKnown(line.Type))
                {
                    errors.Add(
                        line.Row,
                        texts[$"Import.Units.TypeUnder.{parentLevel.Value}", line.Type, line.ParentCode]
                    );
                }

                return null;
            }

            levels[line.Code] = level.Value;
            return level;
        }
    }
}
