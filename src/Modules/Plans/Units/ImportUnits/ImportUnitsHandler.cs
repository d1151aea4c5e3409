using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Documents.Tabular;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.Units.ImportUnits;

/// <summary>
/// Units of either shape on the import pipeline: each row read into its unit (and, in the register shape, the province
/// it names), then the checks across the file against the register, then new versions written with EF and saved with
/// the one audit entry (ADR 0010).
/// </summary>
internal sealed class ImportUnitsHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    AuditTrail audit,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<ImportUnitsCommand, ImportReport>
{
    public async Task<ImportReport> Handle(ImportUnitsCommand request, CancellationToken cancellationToken)
    {
        var register = false;
        UnitFileChecks? file = null;
        var written = new Written(new(StringComparer.Ordinal), []);
        var import = new TabularImport<UnitLine>
        {
            // No column is common to the two shapes: Accepts says which the file has.
            Columns = [],
            Accepts = headers => (register = UnitFileParser.IsRegister(headers)) || UnitFileParser.IsGeneric(headers),
            Refuse = headers => UnitFileParser.Refusal(headers, texts),
            // A row with errors is still returned: the checks across the file report on it too, as they always have.
            Read = (row, errors, _) => ValueTask.FromResult<UnitLine?>(
                register ? UnitFileParser.Register(row, errors, texts) : UnitFileParser.Generic(row, errors, texts)
            ),
            Check = async (lines, errors, ct) =>
                file = await UnitFileChecks.RunAsync(db, lines, request, caller.Scope, errors, texts, ct),
            Write = (_, _) => Task.FromResult(Write(file!, request, written)),
            Audit = (report, _, _) =>
            {
                // One summary entry for the file rather than one per unit (ADR 0010).
                db.Set<AuditEntry>().Add(audit.Imported(nameof(AdministrativeUnit), request.Content, report, new
                {
                    validFrom = request.EffectiveValidFrom,
                    validTo = request.ValidTo,
                    addedCodes = written.Touched.Values.Where(u => u.Id == 0).Select(u => u.Code)
                        .Take(AuditSummary.Items).ToList(),
                    changedCodes = written.Changed.Select(u => u.Code).Take(AuditSummary.Items).ToList(),
                }));
                return Task.CompletedTask;
            },
        };
        var report = await import.RunAsync(request.Content, cancellationToken);
        using (audit.Bulk())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return report;
    }

    /// <summary>The file's unit of each code (new or of the same version) and those of them that existed and
    /// changed.</summary>
    private sealed record Written(Dictionary<string, AdministrativeUnit> Touched, HashSet<AdministrativeUnit> Changed);

    /// <summary>
    /// New versions, and the versions they supersede closed the day before; parents linked once every unit of the file
    /// exists, since a file may name a parent after its children. A line that supersedes a version counts once in
    /// Added and once in Updated; Unchanged is the lines neither added nor changed.
    /// </summary>
    private ImportCounts Write(UnitFileChecks file, ImportUnitsCommand request, Written written)
    {
        var validFrom = request.EffectiveValidFrom;
        var (touched, changed) = (written.Touched, written.Changed);
        int added = 0, superseded = 0;
        foreach (var line in file.Lines.Values)
        {
            if (!file.SameVersion.TryGetValue(line.Code, out var unit))
            {
                if (file.InForce.TryGetValue(line.Code, out var older))
                {
                    // A new structure supersedes the version of the same code that was still in force.
                    older.ValidTo = validFrom.AddDays(-1);
                    superseded++;
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

        foreach (var line in file.Lines.Values)
        {
            var unit = touched[line.Code];
            var level = file.Levels[line.Code];
            var parent = touched.GetValueOrDefault(line.ParentCode) ?? file.InForce[line.ParentCode];
            var validTo = request.ValidTo
                ?? (file.Successors.TryGetValue(line.Code, out var next) ? next.AddDays(-1) : null);
            var differs =
                unit.Name != line.Name
                || unit.Type != line.Type
                || unit.Level != level
                || unit.Parent != parent
                || unit.ValidTo != validTo;
            if (differs && unit.Id != 0)
            {
                changed.Add(unit);
            }

            unit.Name = line.Name;
            unit.SearchName = VietnameseText.Fold(line.Name);
            unit.Type = line.Type;
            unit.Level = level;
            unit.Parent = parent;
            unit.ValidTo = validTo;
        }

        var lines = file.Lines.Count;
        return new ImportCounts(added, superseded + changed.Count, Unchanged: lines - added - changed.Count);
    }
}
