using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CampaignResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CampaignCode",
                table: "monitoring_activity_reports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "monitoring_new_participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_new_participants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_activity_reports_CampaignCode_ProvinceCode_Date_UnitCode_Kind_CommunicationForm_Count_Participants",
                table: "monitoring_activity_reports",
                columns: new[] { "CampaignCode", "ProvinceCode", "Date", "UnitCode", "Kind", "CommunicationForm", "Count", "Participants" },
                filter: "\"CampaignCode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_new_participants_ProvinceCode",
                table: "monitoring_new_participants",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_new_participants_ToDate_UnitCode_FromDate_Value",
                table: "monitoring_new_participants",
                columns: new[] { "ToDate", "UnitCode", "FromDate", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_new_participants");

            migrationBuilder.DropIndex(
                name: "IX_monitoring_activity_reports_CampaignCode_ProvinceCode_Date_UnitCode_Kind_CommunicationForm_Count_Participants",
                table: "monitoring_activity_reports");

            migrationBuilder.DropColumn(
                name: "CampaignCode",
                table: "monitoring_activity_reports");
        }
    }
}
