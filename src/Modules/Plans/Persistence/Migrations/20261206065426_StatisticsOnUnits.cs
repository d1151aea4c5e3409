using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsOnUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ADR 0019. A unit's own figure wins; without one, each predecessor's figure comes through its lineage link,
            // an old unit with n successors giving each value / n and the value % n units left over one each to its
            // first successors in code order (so every national figure is counted exactly once). One hop: the links of
            // one reform. The OData set UnitStatisticsOnUnits and GET /api/statistics read it.
            migrationBuilder.Sql(@"
CREATE VIEW plans_v_statistics_on_units AS
WITH shares AS (
    SELECT l.OldUnitId, l.NewUnitId, l.Kind,
           COUNT(*) OVER (PARTITION BY l.OldUnitId) AS Successors,
           ROW_NUMBER() OVER (PARTITION BY l.OldUnitId ORDER BY n.Code) AS Position
    FROM plans_unit_lineage l
    JOIN plans_units n ON n.Id = l.NewUnitId
),
inherited AS (
    SELECT sh.NewUnitId AS UnitId, s.Year, s.Metric, s.Source,
           s.Value / sh.Successors + CASE WHEN sh.Position <= s.Value % sh.Successors THEN 1 ELSE 0 END AS Value,
           CASE WHEN sh.Successors > 1 OR sh.Kind = 'Part' THEN 1 ELSE 0 END AS Split
    FROM plans_unit_statistics s
    JOIN shares sh ON sh.OldUnitId = s.UnitId
    WHERE NOT EXISTS (SELECT 1 FROM plans_unit_statistics own WHERE own.UnitId = sh.NewUnitId AND own.Year = s.Year AND own.Metric = s.Metric)
),
figures AS (
    SELECT s.UnitId, s.Year, s.Metric, s.Value, 'Direct' AS Method, 0 AS MissingPredecessors, s.Source
    FROM plans_unit_statistics s
    UNION ALL
    SELECT i.UnitId, i.Year, i.Metric, SUM(i.Value),
           CASE WHEN MAX(i.Split) = 1 THEN 'EqualSplit' ELSE 'Sum' END,
           (SELECT COUNT(*) FROM plans_unit_lineage p WHERE p.NewUnitId = i.UnitId) - COUNT(*),
           MIN(i.Source) || CASE WHEN COUNT(DISTINCT i.Source) > 1
               THEN ' (và ' || (COUNT(DISTINCT i.Source) - 1) || ' nguồn khác / and ' || (COUNT(DISTINCT i.Source) - 1) || ' other sources)'
               ELSE '' END
    FROM inherited i
    GROUP BY i.UnitId, i.Year, i.Metric
)
SELECT f.UnitId || '-' || f.Year || '-' || f.Metric AS ""Key"", f.UnitId, u.Code AS UnitCode, u.Name AS UnitName, u.Level,
       u.ProvinceCode, u.ProvinceName, u.ValidFrom, u.ValidTo, f.Year, f.Metric, f.Value, f.Method,
       CASE WHEN f.Method <> 'EqualSplit' AND f.MissingPredecessors = 0 THEN 1 ELSE 0 END AS Exact,
       f.MissingPredecessors, f.Source
FROM figures f
JOIN plans_v_units u ON u.Id = f.UnitId;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_statistics_on_units;");
        }
    }
}
