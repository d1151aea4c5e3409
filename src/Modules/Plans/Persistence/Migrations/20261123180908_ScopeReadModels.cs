using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <summary>
    /// Targets get their plan unit's province, as every other read model has it, so the feed can hold them to the
    /// caller's scope (issue 7) and Power BI can group them by province.
    /// </summary>
    public partial class ScopeReadModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_targets;");
            migrationBuilder.Sql(@"
CREATE VIEW plans_v_targets AS
SELECT t.Id, t.PlanId, p.Code AS PlanCode, p.UnitCode, u.Name AS UnitName, u.ProvinceCode, u.ProvinceName, t.Year, t.IndicatorCode,
       i.Name AS IndicatorName, i.UnitOfMeasure, t.Floor, t.Stretch, t.Note
FROM plans_targets t
JOIN plans_plans p ON p.Id = t.PlanId
JOIN plans_v_units u ON u.Id = p.UnitId
LEFT JOIN plans_indicators i ON i.Code = t.IndicatorCode;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_targets;");
            migrationBuilder.Sql(@"
CREATE VIEW plans_v_targets AS
SELECT t.Id, t.PlanId, p.Code AS PlanCode, p.UnitCode, u.Name AS UnitName, t.Year, t.IndicatorCode,
       i.Name AS IndicatorName, i.UnitOfMeasure, t.Floor, t.Stretch, t.Note
FROM plans_targets t
JOIN plans_plans p ON p.Id = t.PlanId
JOIN plans_units u ON u.Id = p.UnitId
LEFT JOIN plans_indicators i ON i.Code = t.IndicatorCode;");
        }
    }
}
