using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Monitoring.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CampaignResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CampaignCode",
                schema: "monitoring",
                table: "monitoring_activity_reports",
                type: "text",
                maxLength: 64,
                nullable: true,
                collation: "C");

            migrationBuilder.CreateTable(
                name: "monitoring_new_participants",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    ProvinceCode = table.Column<string>(type: "text", maxLength: 16, nullable: true, collation: "C"),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "text", maxLength: 500, nullable: false, collation: "C"),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_new_participants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_activity_reports_CampaignCode_ProvinceCode_Date_~",
                schema: "monitoring",
                table: "monitoring_activity_reports",
                columns: new[] { "CampaignCode", "ProvinceCode", "Date", "UnitCode", "Kind", "CommunicationForm", "Count", "Participants" },
                filter: "\"CampaignCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_new_participants_ProvinceCode",
                schema: "monitoring",
                table: "monitoring_new_participants",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_new_participants_ToDate_UnitCode_FromDate_Value",
                schema: "monitoring",
                table: "monitoring_new_participants",
                columns: new[] { "ToDate", "UnitCode", "FromDate", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_new_participants",
                schema: "monitoring");

            migrationBuilder.DropIndex(
                name: "IX_monitoring_activity_reports_CampaignCode_ProvinceCode_Date_~",
                schema: "monitoring",
                table: "monitoring_activity_reports");

            migrationBuilder.DropColumn(
                name: "CampaignCode",
                schema: "monitoring",
                table: "monitoring_activity_reports");
        }
    }
}
