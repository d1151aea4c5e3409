namespace Platform.Plans.Persistence.Migrations.PostgreSql;

/// <summary>
/// The read models' views on PostgreSQL, in their final shape (the SQLite migrations ODataReadModels, ScopeReadModels,
/// UnitLineage, StatisticsOnUnits and LineageUnitIds built them step by step): identifiers quoted, as the columns keep
/// their mixed-case names; dates and flags in their own types.
/// </summary>
internal static class PostgreSqlViews
{
    public static readonly string[] Create =
    [
        """
        CREATE VIEW plans.plans_v_units AS
        SELECT u."Id", u."Code", u."Name", u."SearchName", u."Type", u."Level", u."ParentId",
               p."Code" AS "ParentCode", p."Name" AS "ParentName",
               CASE WHEN u."Level" = 'Province' THEN u."Code" WHEN p."Level" = 'Province' THEN p."Code"
                    WHEN g."Level" = 'Province' THEN g."Code" END AS "ProvinceCode",
               CASE WHEN u."Level" = 'Province' THEN u."Name" WHEN p."Level" = 'Province' THEN p."Name"
                    WHEN g."Level" = 'Province' THEN g."Name" END AS "ProvinceName",
               u."ValidFrom", u."ValidTo"
        FROM plans.plans_units u
        LEFT JOIN plans.plans_units p ON p."Id" = u."ParentId"
        LEFT JOIN plans.plans_units g ON g."Id" = p."ParentId";
        """,
        """
        CREATE VIEW plans.plans_v_unit_statistics AS
        SELECT s."Id", s."UnitId", u."Code" AS "UnitCode", u."Name" AS "UnitName", u."Level", u."ProvinceCode",
               u."ProvinceName", s."Year", s."Metric", s."Value", s."Source"
        FROM plans.plans_unit_statistics s
        JOIN plans.plans_v_units u ON u."Id" = s."UnitId";
        """,
        """
        CREATE VIEW plans.plans_v_plans AS
        SELECT p."Id", p."Code", p."Title", p."UnitId", u."Code" AS "UnitCode", u."Name" AS "UnitName", u."Level",
               u."ProvinceCode", u."ProvinceName", p."StartYear", p."EndYear", p."ParentPlanId",
               parent."Code" AS "ParentPlanCode", p."Status", p."CreatedAtUtc"::date AS "CreatedOn"
        FROM plans.plans_plans p
        JOIN plans.plans_v_units u ON u."Id" = p."UnitId"
        LEFT JOIN plans.plans_plans parent ON parent."Id" = p."ParentPlanId";
        """,
        """
        CREATE VIEW plans.plans_v_targets AS
        SELECT t."Id", t."PlanId", p."Code" AS "PlanCode", p."UnitCode", u."Name" AS "UnitName", u."ProvinceCode",
               u."ProvinceName", t."Year", t."IndicatorCode", i."Name" AS "IndicatorName", i."UnitOfMeasure",
               t."Floor", t."Stretch", t."Note"
        FROM plans.plans_targets t
        JOIN plans.plans_plans p ON p."Id" = t."PlanId"
        JOIN plans.plans_v_units u ON u."Id" = p."UnitId"
        LEFT JOIN plans.plans_indicators i ON i."Code" = t."IndicatorCode";
        """,
        """
        CREATE VIEW plans.plans_v_obligations AS
        SELECT o."Id", o."PlanId", pl."Code" AS "PlanCode", o."UnitId", u."Code" AS "UnitCode", u."Name" AS "UnitName",
               u."SearchName", u."Level",
               CASE WHEN u."Level" = 'Province' THEN u."Code" WHEN p."Level" = 'Province' THEN p."Code"
                    WHEN g."Level" = 'Province' THEN g."Code" END AS "ProvinceCode",
               CASE WHEN u."Level" = 'Province' THEN u."Name" WHEN p."Level" = 'Province' THEN p."Name"
                    WHEN g."Level" = 'Province' THEN g."Name" END AS "ProvinceName",
               o."Year", o."IndicatorCode", i."Name" AS "IndicatorName", o."Kind", o."Floor", o."Stretch",
               o."RateFloor", o."RateStretch", o."ComputedFloor", o."ComputedStretch", o."MissingData",
               o."MissingReason", o."RuleName", o."RuleVersion", o."Overridden", o."ParentPlanCode",
               o."DenominatorMetric", o."DenominatorValue"
        FROM plans.plans_obligations o
        JOIN plans.plans_plans pl ON pl."Id" = o."PlanId"
        JOIN plans.plans_units u ON u."Id" = o."UnitId"
        LEFT JOIN plans.plans_units p ON p."Id" = u."ParentId"
        LEFT JOIN plans.plans_units g ON g."Id" = p."ParentId"
        LEFT JOIN plans.plans_indicators i ON i."Code" = o."IndicatorCode";
        """,
        """
        CREATE VIEW plans.plans_v_unit_lineage AS
        SELECT l."Id",
               l."OldUnitId", o."Code" AS "OldCode", o."Name" AS "OldName", o."Level" AS "OldLevel",
               ov."ProvinceCode" AS "OldProvinceCode", o."ValidFrom" AS "OldValidFrom", o."ValidTo" AS "OldValidTo",
               l."NewUnitId", n."Code" AS "NewCode", n."Name" AS "NewName", n."Level" AS "NewLevel",
               nv."ProvinceCode" AS "NewProvinceCode",
               l."Kind", l."Wording", l."EffectiveDate"
        FROM plans.plans_unit_lineage l
        JOIN plans.plans_units o ON o."Id" = l."OldUnitId"
        JOIN plans.plans_v_units ov ON ov."Id" = o."Id"
        JOIN plans.plans_units n ON n."Id" = l."NewUnitId"
        JOIN plans.plans_v_units nv ON nv."Id" = n."Id";
        """,
        """
        CREATE VIEW plans.plans_v_statistics_on_units AS
        WITH shares AS (
            SELECT l."OldUnitId", l."NewUnitId", l."Kind",
                   COUNT(*) OVER (PARTITION BY l."OldUnitId") AS successors,
                   ROW_NUMBER() OVER (PARTITION BY l."OldUnitId" ORDER BY n."Code") AS position
            FROM plans.plans_unit_lineage l
            JOIN plans.plans_units n ON n."Id" = l."NewUnitId"
        ),
        inherited AS (
            SELECT sh."NewUnitId" AS unit_id, s."Year" AS year, s."Metric" AS metric, s."Source" AS source,
                   s."Value" / sh.successors
                       + CASE WHEN sh.position <= s."Value" % sh.successors THEN 1 ELSE 0 END AS value,
                   CASE WHEN sh.successors > 1 OR sh."Kind" = 'Part' THEN 1 ELSE 0 END AS split
            FROM plans.plans_unit_statistics s
            JOIN shares sh ON sh."OldUnitId" = s."UnitId"
            WHERE NOT EXISTS (
                SELECT 1 FROM plans.plans_unit_statistics own
                WHERE own."UnitId" = sh."NewUnitId" AND own."Year" = s."Year" AND own."Metric" = s."Metric")
        ),
        figures AS (
            SELECT s."UnitId" AS unit_id, s."Year" AS year, s."Metric" AS metric, s."Value" AS value,
                   'Direct'::text AS method, 0::bigint AS missing, s."Source" AS source
            FROM plans.plans_unit_statistics s
            UNION ALL
            SELECT i.unit_id, i.year, i.metric, SUM(i.value)::bigint,
                   CASE WHEN MAX(i.split) = 1 THEN 'EqualSplit' ELSE 'Sum' END,
                   (SELECT COUNT(*) FROM plans.plans_unit_lineage p WHERE p."NewUnitId" = i.unit_id) - COUNT(*),
                   MIN(i.source) || CASE WHEN COUNT(DISTINCT i.source) > 1
                       THEN ' (và ' || (COUNT(DISTINCT i.source) - 1) || ' nguồn khác / and '
                            || (COUNT(DISTINCT i.source) - 1) || ' other sources)'
                       ELSE '' END
            FROM inherited i
            GROUP BY i.unit_id, i.year, i.metric
        )
        SELECT f.unit_id || '-' || f.year || '-' || f.metric AS "Key", f.unit_id AS "UnitId", u."Code" AS "UnitCode",
               u."Name" AS "UnitName", u."Level", u."ProvinceCode", u."ProvinceName", u."ValidFrom", u."ValidTo",
               f.year AS "Year", f.metric AS "Metric", f.value AS "Value", f.method AS "Method",
               (f.method <> 'EqualSplit' AND f.missing = 0) AS "Exact",
               f.missing::integer AS "MissingPredecessors", f.source AS "Source"
        FROM figures f
        JOIN plans.plans_v_units u ON u."Id" = f.unit_id;
        """,
    ];

    public static readonly string[] Drop =
    [
        "DROP VIEW IF EXISTS plans.plans_v_statistics_on_units;",
        "DROP VIEW IF EXISTS plans.plans_v_unit_lineage;",
        "DROP VIEW IF EXISTS plans.plans_v_obligations;",
        "DROP VIEW IF EXISTS plans.plans_v_targets;",
        "DROP VIEW IF EXISTS plans.plans_v_plans;",
        "DROP VIEW IF EXISTS plans.plans_v_unit_statistics;",
        "DROP VIEW IF EXISTS plans.plans_v_units;",
    ];
}
