using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_activity_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AudienceGroup = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CommunicationForm = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Participants = table.Column<long>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_activity_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_obligations",
                columns: table => new
                {
                    ObligationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentUnitCode = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", nullable: false),
                    Floor = table.Column<long>(type: "INTEGER", nullable: true),
                    Stretch = table.Column<long>(type: "INTEGER", nullable: true),
                    MissingData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_obligations", x => x.ObligationId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_report_submissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanCode = table.Column<string>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_report_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_reported_values",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    Denominator = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_reported_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_training_classes",
                columns: table => new
                {
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_training_classes", x => x.ClassId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_training_completions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonCode = table.Column<string>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_training_completions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_activity_reports_UnitCode_Date",
                table: "monitoring_activity_reports",
                columns: new[] { "UnitCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_activity_reports_Year_UnitCode_Kind_Date_Count",
                table: "monitoring_activity_reports",
                columns: new[] { "Year", "UnitCode", "Kind", "Date", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_obligations_PlanCode",
                table: "monitoring_obligations",
                column: "PlanCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_obligations_Year_UnitCode",
                table: "monitoring_obligations",
                columns: new[] { "Year", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_report_submissions_PlanCode_Year",
                table: "monitoring_report_submissions",
                columns: new[] { "PlanCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_report_submissions_Year",
                table: "monitoring_report_submissions",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_reported_values_UnitCode_Year_IndicatorCode",
                table: "monitoring_reported_values",
                columns: new[] { "UnitCode", "Year", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_training_classes_Year",
                table: "monitoring_training_classes",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_training_completions_ClassId",
                table: "monitoring_training_completions",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_training_completions_Year_UnitCode",
                table: "monitoring_training_completions",
                columns: new[] { "Year", "UnitCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_activity_reports");

            migrationBuilder.DropTable(
                name: "monitoring_obligations");

            migrationBuilder.DropTable(
                name: "monitoring_report_submissions");

            migrationBuilder.DropTable(
                name: "monitoring_reported_values");

            migrationBuilder.DropTable(
                name: "monitoring_training_classes");

            migrationBuilder.DropTable(
                name: "monitoring_training_completions");
        }
    }
}
