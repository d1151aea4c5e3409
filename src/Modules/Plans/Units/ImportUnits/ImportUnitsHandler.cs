using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Security;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.Units.ImportUnits;

internal sealed class ImportUnitsHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    AuditTrail audit,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<ImportUnitsCommand, ImportReport>
{
    public async Task<ImportReport> Handle(ImportUnitsCommand request, CancellationToken cancellationToken)
    {
        var validFrom = request.EffectiveValidFrom;
        var data = TabularFile.Read(request.Content);
        var errors = new ImportErrors();
        var parsed = UnitFileParser.Parse(data, errors, texts);

        var all = await db.Units.ToListAsync(cancellationToken);
        var inForce = all.Where(u => u.IsValidOn(validFrom)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var sameVersion = all.Where(u => u.ValidFrom == validFrom).ToDictionary(u => u.Code, StringComparer.Ordinal);

        // The first later version of each code: a version imported now must end before it starts.
        var successors = all.Where(u => u.ValidFrom > validFrom).GroupBy(u => u.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(u => u.ValidFrom), StringComparer.Ordinal);

        CheckReferencedProvinces(parsed.ReferencedProvinces, inForce, errors, texts);
        var lines = FirstOccurrences(parsed.Units, errors, texts);
        var levels = ResolveLevels(lines, inForce, errors, texts);
        CheckScope(caller.Scope, lines, levels, inForce, errors, texts);
        CheckSuccessors(lines, successors, request.ValidTo, errors, texts);
        errors.ThrowIfAny();

        int added = 0, updated = 0;
        var touched = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        var changed = new HashSet<AdministrativeUnit>();
        foreach (var line in lines.Values)
        {
            if (!sameVersion.TryGetValue(line.Code, out var unit))
            {
                if (inForce.TryGetValue(line.Code, out var older))
                {
                    // A new structure supersedes the version of the same code that was still in force.
                    older.ValidTo = validFrom.AddDays(-1);
                    updated++;
                }

                unit = new AdministrativeUnit
                {
                    Code = line.Code,
                    Name = line.Name,
                    SearchName = string.Empty,
                    Type = line.Type,
                    ValidFrom = validFrom,
                };
                db.Units.Add(unit);
                added++;
            }

            touched[line.Code] = unit;
        }

        // Parents are linked once every unit of the file exists, since a file may name a parent after its children.
        foreach (var line in lines.Values)
        {
            var unit = touched[line.Code];
            var parent = touched.GetValueOrDefault(line.ParentCode) ?? inForce[line.ParentCode];
            var validTo = request.ValidTo
                ?? (successors.TryGetValue(line.Code, out var next) ? next.AddDays(-1) : null);
            var differs =
                unit.Name != line.Name
                || unit.Type != line.Type
                || unit.Level != levels[line.Code]
                || unit.Parent != parent
                || unit.ValidTo != validTo;
            if (differs && unit.Id != 0)
            {
                changed.Add(unit);
            }

            unit.Name = line.Name;
            unit.SearchName = VietnameseText.Fold(line.Name);
            unit.Type = line.Type;
            unit.Level = levels[line.Code];
            unit.Parent = parent;
            unit.ValidTo = validTo;
        }

        updated += changed.Count;
        var report = new ImportReport(lines.Count, added, updated, lines.Count - added - changed.Count);
        // One summary entry for the file rather than one per unit (ADR 0010).
        using (audit.Bulk())
        {
            if (report.Changed)
            {
                db.Set<AuditEntry>()
                    .Add(
                        audit.Imported(
                            nameof(AdministrativeUnit),
                            request.Content,
                            report,
                            new
                            {
                                validFrom,
                                validTo = request.ValidTo,
                                addedCodes = touched
                                    .Values.Where(u => u.Id == 0)
                                    .Select(u => u.Code)
                                    .Take(AuditSummary.Items)
                                    .ToList(),
                                changedCodes = changed.Select(u => u.Code).Take(AuditSummary.Items).ToList(),
                            }
                        )
                    );
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return report;
    }

    private static void CheckReferencedProvinces(
        IReadOnlyList<UnitLine> provinces,
        Dictionary<string, AdministrativeUnit> inForce,
        ImportErrors errors,
        IStringLocalizer<PlansTexts> texts
    )
    {
        foreach (var line in provinces)
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
