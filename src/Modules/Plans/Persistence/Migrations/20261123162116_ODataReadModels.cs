using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ODataReadModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UnitOfMeasure = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CascadeKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DenominatorMetric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BasedOn = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CountUnit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_indicators", x => x.Code);
                });

            // Read models of the OData feed: flat rows with codes and names. The province is the unit itself, its
            // parent or its grandparent (commune → district → province in the structure before 1 July 2025).
            migrationBuilder.Sql(@"
CREATE VIEW plans_v_units AS
SELECT u.Id, u.Code, u.Name, u.SearchName, u.Type, u.Level, u.ParentId,
       p.Code AS ParentCode, p.Name AS ParentName,
       CASE WHEN u.Level = 'Province' THEN u.Code WHEN p.Level = 'Province' THEN p.Code WHEN g.Level = 'Province' THEN g.Code END AS ProvinceCode,
       CASE WHEN u.Level = 'Province' THEN u.Name WHEN p.Level = 'Province' THEN p.Name WHEN g.Level = 'Province' THEN g.Name END AS ProvinceName,
       u.ValidFrom, u.ValidTo
FROM plans_units u
LEFT JOIN plans_units p ON p.Id = u.ParentId
LEFT JOIN plans_units g ON g.Id = p.ParentId;");

            migrationBuilder.Sql(@"
CREATE VIEW plans_v_unit_statistics AS
SELECT s.Id, s.UnitId, u.Code AS UnitCode, u.Name AS UnitName, u.Level, u.ProvinceCode, u.ProvinceName,
       s.Year, s.Metric, s.Value, s.Source
FROM plans_unit_statistics s
JOIN plans_v_units u ON u.Id = s.UnitId;");

            migrationBuilder.Sql(@"
CREATE VIEW plans_v_plans AS
SELECT p.Id, p.Code, p.Title, p.UnitId, u.Code AS UnitCode, u.Name AS UnitName, u.Level, u.ProvinceCode, u.ProvinceName,
       p.StartYear, p.EndYear, p.ParentPlanId, parent.Code AS ParentPlanCode, p.Status, date(p.CreatedAtUtc) AS CreatedOn
FROM plans_plans p
JOIN plans_v_units u ON u.Id = p.UnitId
LEFT JOIN plans_plans parent ON parent.Id = p.ParentPlanId;");

            migrationBuilder.Sql(@"
CREATE VIEW plans_v_targets AS
SELECT t.Id, t.PlanId, p.Code AS PlanCode, p.UnitCode, u.Name AS UnitName, t.Year, t.IndicatorCode,
       i.Name AS IndicatorName, i.UnitOfMeasure, t.Floor, t.Stretch, t.Note
FROM plans_targets t
JOIN plans_plans p ON p.Id = t.PlanId
JOIN plans_units u ON u.Id = p.UnitId
LEFT JOIN plans_indicators i ON i.Code = t.IndicatorCode;");

            // Joins written out rather than over plans_v_units: this view carries ~117,000 rows nationally and is read
            // page by page in Id order, so SQLite must walk plans_obligations by rowid and look each unit up by key.
            migrationBuilder.Sql(@"
CREATE VIEW plans_v_obligations AS
SELECT o.Id, o.PlanId, pl.Code AS PlanCode, o.UnitId, u.Code AS UnitCode, u.Name AS UnitName, u.SearchName, u.Level,
       CASE WHEN u.Level = 'Province' THEN u.Code WHEN p.Level = 'Province' THEN p.Code WHEN g.Level = 'Province' THEN g.Code END AS ProvinceCode,
       CASE WHEN u.Level = 'Province' THEN u.Name WHEN p.Level = 'Province' THEN p.Name WHEN g.Level = 'Province' THEN g.Name END AS ProvinceName,
       o.Year, o.IndicatorCode, i.Name AS IndicatorName, o.Kind, o.Floor, o.Stretch, o.RateFloor, o.RateStretch,
       o.ComputedFloor, o.ComputedStretch, o.MissingData, o.MissingReason, o.RuleName, o.RuleVersion, o.Overridden,
       o.ParentPlanCode, o.DenominatorMetric, o.DenominatorValue
FROM plans_obligations o
JOIN plans_plans pl ON pl.Id = o.PlanId
JOIN plans_units u ON u.Id = o.UnitId
LEFT JOIN plans_units p ON p.Id = u.ParentId
LEFT JOIN plans_units g ON g.Id = p.ParentId
LEFT JOIN plans_indicators i ON i.Code = o.IndicatorCode;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_obligations;");
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_targets;");
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_plans;");
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_unit_statistics;");
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_units;");
            migrationBuilder.DropTable(
                name: "plans_indicators");
        }
    }
}
