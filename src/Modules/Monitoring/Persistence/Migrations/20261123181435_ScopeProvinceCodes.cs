using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ScopeProvinceCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProvinceCode",
                table: "monitoring_activity_reports",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_activity_reports_ProvinceCode",
                table: "monitoring_activity_reports",
                column: "ProvinceCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_monitoring_activity_reports_ProvinceCode",
                table: "monitoring_activity_reports");

            migrationBuilder.DropColumn(
                name: "ProvinceCode",
                table: "monitoring_activity_reports");
        }
    }
}
