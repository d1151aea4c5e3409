using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReportingSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite drops a column in place (3.35+); EF's rebuild of the table would also have to rebuild the views over it.
            migrationBuilder.Sql("ALTER TABLE plans_plans DROP COLUMN SubordinateReportOffsetDays;");

            // The deadlines of plans written before: none where no seed states a date (the nation's own report, every plan
            // to 2025); the communes under the plan to 2030 report to the province by 15/12 (001), "thông qua Sở Nội vụ".
            migrationBuilder.Sql("""
                UPDATE plans_plans SET Deadlines = '[]'
                WHERE Code IN ('VN-2021-2025', 'VN-2026-2030') OR Path LIKE '/VN-2021-2025/%';
                """);
            migrationBuilder.Sql("""
                UPDATE plans_plans
                SET Deadlines = json_set(Deadlines, '$[0].DueDay', 15, '$[0].DueMonth', 12,
                    '$[0].Recipient', replace(json_extract(Deadlines, '$[0].Recipient'), '(qua ', '(thông qua '))
                WHERE Path LIKE '/VN-2026-2030/%' AND json_array_length(Deadlines) > 0
                  AND UnitId IN (SELECT Id FROM plans_units WHERE Level NOT IN ('Nation', 'Province'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SubordinateReportOffsetDays",
                table: "plans_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
