using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.Documents.Tabular;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;
using Platform.Plans.Units.Register;

namespace Platform.Plans.Units.Lineage.ImportLineage;

internal sealed class ImportLineageHandler(PlansDbContext db, AuditTrail audit, IStringLocalizer<PlansTexts> texts)
    : IRequestHandler<ImportLineageCommand, ImportReport>
{
    private static readonly string[] CommuneColumns =
    [
        "province_code",
        "commune_code",
        "commune_name",
        "old_province_code",
        "old_district_code",
        "old_commune_code",
        "old_commune_name",
        "note",
    ];

    private static readonly string[] ProvinceColumns =
    [
        "old_province_code",
        "old_province_name",
        "province_code",
        "province_name",
    ];

    public async Task<ImportReport> Handle(ImportLineageCommand request, CancellationToken cancellationToken)
    {
        var effective = request.EffectiveDate;
        var data = TabularFile.Read(request.Content);
        var lines = data.HasColumns(CommuneColumns) ? RegisterLoader.CommuneLines(data)
            : data.HasColumns(ProvinceColumns) ? RegisterLoader.ProvinceLines(data)
            : throw TabularFile.UnrecognisedColumns(
                texts[
                    "Lineage.Columns",
                    string.Join(",", CommuneColumns),
                    string.Join(",", ProvinceColumns),
                    string.Join(",", data.Headers)
                ]
            );

        var units = await db
            .Units.AsNoTracking()
            .Select(u => new
            {
                u.Id,
                u.Code,
                u.Level,
                u.ValidFrom,
                u.ValidTo,
            })
            .ToListAsync(cancellationToken);
        var before = effective.AddDays(-1);
        var oldUnits = units
            .Where(u => u.ValidFrom <= before && (u.ValidTo == null || u.ValidTo >= before))
            .ToDictionary(u => (u.Code, u.Level), u => u.Id);
        var newUnits = units
            .Where(u => u.ValidFrom <= effective && (u.ValidTo == null || u.ValidTo >= effective))
            .ToDictionary(u => (u.Code, u.Level), u => u.Id);
        var existing = await db.Lineage.ToListAsync(cancellationToken);

        var errors = new ImportErrors();
        var links = CrosswalkValidator.Validate(
            lines,
            oldUnits,
            newUnits,
            existing.Select(l => (l.OldUnitId, l.NewUnitId)),
            effective,
            errors,
            texts
        );
        errors.ThrowIfAny();

        var stored = existing.ToDictionary(l => (l.OldUnitId, l.NewUnitId));
        int added = 0, updated = 0;
        foreach (var link in links)
        {
            if (!stored.TryGetValue((link.OldUnitId, link.NewUnitId), out var row))
            {
                db.Lineage.Add(
                    new UnitLineage
                    {
                        OldUnitId = link.OldUnitId,
                        NewUnitId = link.NewUnitId,
                        Kind = link.Kind,
                        Wording = link.Wording,
                        EffectiveDate = effective,
                    }
                );
                added++;
            }
            else if (row.Kind != link.Kind || row.Wording != link.Wording || row.EffectiveDate != effective)
            {
                (row.Kind, row.Wording, row.EffectiveDate) = (link.Kind, link.Wording, effective);
                updated++;
            }
        }

        var report = new ImportReport(links.Count, added, updated, links.Count - added - updated);
        using (audit.Bulk())
        {
            if (report.Changed)
            {
                db.Set<AuditEntry>()
                    .Add(audit.Imported(nameof(UnitLineage), request.Content, report, new { effective }));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return report;
    }
}
