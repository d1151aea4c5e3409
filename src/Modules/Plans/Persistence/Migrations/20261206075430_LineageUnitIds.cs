using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LineageUnitIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The link's unit version ids beside the codes: Obligations[UnitId] and UnitStatistics[UnitId] join the
            // lineage exactly, whatever code the statistics office reused (75 is the old and the new Đồng Nai).
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_unit_lineage;");
            migrationBuilder.Sql(@"
CREATE VIEW plans_v_unit_lineage AS
SELECT l.Id,
       l.OldUnitId, o.Code AS OldCode, o.Name AS OldName, o.Level AS OldLevel, ov.ProvinceCode AS OldProvinceCode, o.ValidFrom AS OldValidFrom, o.ValidTo AS OldValidTo,
       l.NewUnitId, n.Code AS NewCode, n.Name AS NewName, n.Level AS NewLevel, nv.ProvinceCode AS NewProvinceCode,
       l.Kind, l.Wording, l.EffectiveDate
FROM plans_unit_lineage l
JOIN plans_units o ON o.Id = l.OldUnitId
JOIN plans_v_units ov ON ov.Id = o.Id
JOIN plans_units n ON n.Id = l.NewUnitId
JOIN plans_v_units nv ON nv.Id = n.Id;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_unit_lineage;");
            migrationBuilder.Sql(@"
CREATE VIEW plans_v_unit_lineage AS
SELECT l.Id,
       o.Code AS OldCode, o.Name AS OldName, o.Level AS OldLevel, ov.ProvinceCode AS OldProvinceCode, o.ValidFrom AS OldValidFrom, o.ValidTo AS OldValidTo,
       n.Code AS NewCode, n.Name AS NewName, n.Level AS NewLevel, nv.ProvinceCode AS NewProvinceCode,
       l.Kind, l.Wording, l.EffectiveDate
FROM plans_unit_lineage l
JOIN plans_units o ON o.Id = l.OldUnitId
JOIN plans_v_units ov ON ov.Id = o.Id
JOIN plans_units n ON n.Id = l.NewUnitId
JOIN plans_v_units nv ON nv.Id = n.Id;");
        }
    }
}
