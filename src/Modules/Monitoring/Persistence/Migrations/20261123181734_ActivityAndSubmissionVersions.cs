using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ActivityAndSubmissionVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "monitoring_report_submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "monitoring_activity_reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "monitoring_report_submissions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "monitoring_activity_reports");
        }
    }
}
