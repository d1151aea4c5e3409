using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Persistence;
using Platform.Documents.Tabular;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;
using Platform.Plans.Units.Lineage;

namespace Platform.Plans.Units.Register;

/// <summary>What the first start wrote.</summary>
internal sealed record RegisterLoadReport(int Units, int Links, int Statistics);

/// <summary>
/// Writes the embedded register on a fresh database, in the scope's one transaction (the caller's
/// <see cref="BuildingBlocks.Persistence.UnitOfWork"/>): the nation; the 34 provinces and 3,321
/// communes from 2025-07-01; the 63 provinces, 696 districts and 10,035 communes until 2025-06-30; the lineage between
/// them (checked by <see cref="CrosswalkValidator"/> like an imported table); and the NSO employed persons. Set
/// writes (<see cref="BulkRows"/>) rather than tracked entities: ~25,000 rows must land in well under 5 s
/// (docs/benchmarks.md).
/// </summary>
internal static class RegisterLoader
{
    /// <summary>The 63-province structure dates from Hà Tây's merger into Hà Nội (Resolution 15/2008/QH12).</summary>
    public static readonly DateOnly OldProvincesFrom = new(2008, 8, 1);

    /// <summary>
    /// The districts and communes are a snapshot of 1 March 2025; the 2019–2024 rearrangements changed many of them, so
    /// the snapshot is said to hold from the start of the 2021–2025 plan period only (ADR 0016).
    /// </summary>
    public static readonly DateOnly OldLowerUnitsFrom = new(2021, 1, 1);

    public static readonly DateOnly OldStructureTo = ProvinceRegister.TwoTierStructure.AddDays(-1);

    public static async Task<RegisterLoadReport> LoadAsync(
        PlansDbContext db,
        IStringLocalizer<PlansTexts> texts,
        AuditTrail audit,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        var newFrom = ProvinceRegister.TwoTierStructure;
        var writer = await Writer.CreateAsync(db, cancellationToken);

        var nation = writer.Unit(
            ProvinceRegister.NationCode,
            ProvinceRegister.NationName,
            UnitTypes.NationType,
            UnitLevel.Nation,
            null,
            ProvinceRegister.NationValidFrom,
            null
        );

        // Since 1 July 2025: provinces, then their communes.
        var newUnits = new Dictionary<(string, UnitLevel), int>();
        foreach (var row in EmbeddedRegister.Table(EmbeddedRegister.Units2025).Rows)
        {
            var province = row["province_code"];
            if (!newUnits.TryGetValue((province, UnitLevel.Province), out var provinceId))
            {
                provinceId = writer.Unit(
                    province,
                    row["province_name"],
                    row["province_type"].ToLowerInvariant(),
                    UnitLevel.Province,
                    nation,
                    newFrom,
                    null
                );
                newUnits[(province, UnitLevel.Province)] = provinceId;
            }

            newUnits[(row["commune_code"], UnitLevel.Commune)] = writer.Unit(
                row["commune_code"],
                row["commune_name"],
                row["commune_type"].ToLowerInvariant(),
                UnitLevel.Commune,
                provinceId,
                newFrom,
                null
            );
        }

        // Until 30 June 2025: provinces, districts (five island districts have no commune), communes.
        var oldUnits = new Dictionary<(string, UnitLevel), int>();
        foreach (var row in EmbeddedRegister.Table(EmbeddedRegister.Districts2024).Rows)
        {
            var province = row["province_code"];
            if (!oldUnits.TryGetValue((province, UnitLevel.Province), out var provinceId))
            {
                provinceId = writer.Unit(
                    province,
                    row["province_name"],
                    TypeOf(row["province_name"]),
                    UnitLevel.Province,
                    nation,
                    OldProvincesFrom,
                    OldStructureTo
                );
                oldUnits[(province, UnitLevel.Province)] = provinceId;
            }

            oldUnits[(row["district_code"], UnitLevel.District)] = writer.Unit(
                row["district_code"],
                row["district_name"],
                TypeOf(row["district_name"]),
                UnitLevel.District,
                provinceId,
                OldLowerUnitsFrom,
                OldStructureTo
            );
        }

        foreach (var row in EmbeddedRegister.Table(EmbeddedRegister.Units2024).Rows)
        {
            oldUnits[(row["commune_code"], UnitLevel.Commune)] = writer.Unit(
                row["commune_code"],
                row["commune_name"],
                TypeOf(row["commune_name"]),
                UnitLevel.Commune,
                oldUnits[(row["district_code"], UnitLevel.District)],
                OldLowerUnitsFrom,
                OldStructureTo
            );
        }

        var errors = new ImportErrors();
        var links = CrosswalkValidator.Validate(
            ProvinceLines(EmbeddedRegister.Table(EmbeddedRegister.Provinces2024To2025)),
            oldUnits,
            newUnits,
            [],
            newFrom,
            errors,
            texts
        );
        links.AddRange(
            CrosswalkValidator.Validate(
                CommuneLines(EmbeddedRegister.Table(EmbeddedRegister.Communes2024To2025)),
                oldUnits,
                newUnits,
                [],
                newFrom,
                errors,
                texts
            )
        );
        errors.ThrowIfAny();
        foreach (var link in links)
        {
            writer.Link(link, newFrom);
        }

        var statistics = 0;
        foreach (var row in EmbeddedRegister.Table(EmbeddedRegister.EmployedPersons).Rows)
        {
            var thousands = decimal.Parse(
                row["employed_persons"],
                NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture
            );
            writer.Statistic(
                oldUnits[(row["province_code"], UnitLevel.Province)],
                int.Parse(row["year"], CultureInfo.InvariantCulture),
                StatisticMetrics.EmployedPersons,
                (long)Math.Round(thousands * 1000m, MidpointRounding.AwayFromZero),
                row["source"] + StatisticMetrics.EmployedPersonsStoredAs,
                nowUtc
            );
            statistics++;
        }

        await writer.WriteAsync(cancellationToken);
        var report = new RegisterLoadReport(writer.Units, links.Count, statistics);
        // One entry for the load, as for an import (ADR 0010): the rows themselves were written without the
        // interceptor.
        using (audit.Bulk())
        {
            db.Set<AuditEntry>()
                .Add(
                    audit.Entry(
                        AuditActions.Imported,
                        nameof(AdministrativeUnit),
                        "registers/",
                        ProvinceRegister.NationCode,
                        null,
                        new
                        {
                            files = EmbeddedRegister.Files.Where(f => f != EmbeddedRegister.SampleStatistics).ToList(),
                            units = report.Units,
                            lineage = report.Links,
                            statistics = report.Statistics,
                        }
                    )
                );
            await db.SaveChangesAsync(cancellationToken);
        }

        return report;
    }

    /// <summary>Every old province went whole into one new one; one that kept its code and alone makes the new one is
    /// unchanged.</summary>
    public static List<CrosswalkLine> ProvinceLines(TabularData table)
    {
        var rows = table.Rows;
        var predecessors = rows.GroupBy(r => r["province_code"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return rows.Select(r => new CrosswalkLine(
                r,
                r["old_province_code"],
                UnitLevel.Province,
                r["province_code"],
                UnitLevel.Province,
                predecessors[r["province_code"]] == 1 && r["old_province_code"] == r["province_code"]
                    ? "Giữ nguyên"
                    : "Nhập toàn bộ"
            ))
            .ToList();
    }

    /// <summary>The five island districts went whole into a special zone; their rows name the district, not a
    /// commune.</summary>
    public static List<CrosswalkLine> CommuneLines(TabularData table) =>
        table
            .Rows.Select(r =>
                r["old_commune_code"].Length == 0
                    ? new CrosswalkLine(
                        r,
                        r["old_district_code"],
                        UnitLevel.District,
                        r["commune_code"],
                        UnitLevel.Commune,
                        r["note"]
                    )
                    : new CrosswalkLine(
                        r,
                        r["old_commune_code"],
                        UnitLevel.Commune,
                        r["commune_code"],
                        UnitLevel.Commune,
                        r["note"]
                    )
            )
            .ToList();

    /// <summary>The old lists carry the type in the name ("Huyện Côn Đảo", "Thị trấn Lai Uyên").</summary>
    private static string TypeOf(string name)
    {
        foreach (var type in (string[])["thành phố", "thị trấn", "thị xã", "tỉnh", "quận", "huyện", "phường", "xã"])
        {
            if (name.StartsWith(type + " ", StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        throw new InvalidOperationException($"No unit type in the name '{name}'.");
    }

    /// <summary>
    /// Numbers the units itself (after the largest id already there, as the database would), so a child names its
    /// parent before anything is written, and writes every row as one set at the end (<see cref="BulkRows"/>: one
    /// <c>COPY</c> per table on PostgreSQL, where a round trip per row cost seconds at every first start).
    /// </summary>
    private sealed class Writer(PlansDbContext db, int firstId)
    {
        private static readonly string[] UnitColumns =
        [
            nameof(AdministrativeUnit.Id),
            nameof(AdministrativeUnit.Code),
            nameof(AdministrativeUnit.Name),
            nameof(AdministrativeUnit.SearchName),
            nameof(AdministrativeUnit.Type),
            nameof(AdministrativeUnit.Level),
            nameof(AdministrativeUnit.ParentId),
            nameof(AdministrativeUnit.ValidFrom),
            nameof(AdministrativeUnit.ValidTo),
        ];

        private static readonly string[] LinkColumns =
        [
            nameof(UnitLineage.OldUnitId),
            nameof(UnitLineage.NewUnitId),
            nameof(UnitLineage.Kind),
            nameof(UnitLineage.Wording),
            nameof(UnitLineage.EffectiveDate),
        ];

        private static readonly string[] StatisticColumns =
        [
            nameof(UnitStatistic.UnitId),
            nameof(UnitStatistic.Year),
            nameof(UnitStatistic.Metric),
            nameof(UnitStatistic.Value),
            nameof(UnitStatistic.Source),
            nameof(UnitStatistic.UpdatedAtUtc),
        ];

        private readonly List<object?[]> units = [];
        private readonly List<object?[]> links = [];
        private readonly List<object?[]> statistics = [];

        public int Units => units.Count;

        public static async Task<Writer> CreateAsync(PlansDbContext db, CancellationToken cancellationToken) =>
            new(db, (await db.Units.MaxAsync(u => (int?)u.Id, cancellationToken) ?? 0) + 1);

        public int Unit(
            string code,
            string name,
            string type,
            UnitLevel level,
            int? parentId,
            DateOnly validFrom,
            DateOnly? validTo
        )
        {
            var id = firstId + units.Count;
            units.Add(
                [id, code, name, VietnameseText.Fold(name), type, level.ToString(), parentId, validFrom, validTo]
            );
            return id;
        }

        public void Link(CheckedLink checkedLink, DateOnly effective) =>
            links.Add(
                [
                    checkedLink.OldUnitId,
                    checkedLink.NewUnitId,
                    checkedLink.Kind.ToString(),
                    checkedLink.Wording,
                    effective,
                ]
            );

        public void Statistic(int unitId, int year, string metric, long value, string source, DateTime nowUtc) =>
            statistics.Add([unitId, year, metric, value, source, nowUtc]);

        /// <summary>Parents before children (the order they were numbered in), then what names them.</summary>
        public async Task WriteAsync(CancellationToken cancellationToken)
        {
            await BulkRows.InsertAsync<AdministrativeUnit>(db, UnitColumns, units, cancellationToken);
            await BulkRows.InsertAsync<UnitLineage>(db, LinkColumns, links, cancellationToken);
            await BulkRows.InsertAsync<UnitStatistic>(db, StatisticColumns, statistics, cancellationToken);
        }
    }
}
