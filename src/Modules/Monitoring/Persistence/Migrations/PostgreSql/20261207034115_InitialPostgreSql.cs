using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Monitoring.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "monitoring");

            migrationBuilder.CreateTable(
                name: "monitoring_activity_reports",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    ProvinceCode = table.Column<string>(type: "text", maxLength: 16, nullable: true, collation: "C"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    AudienceGroup = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    CommunicationForm = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Participants = table.Column<long>(type: "bigint", nullable: true),
                    Notes = table.Column<string>(type: "text", maxLength: 2000, nullable: true, collation: "C"),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_activity_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_obligations",
                schema: "monitoring",
                columns: table => new
                {
                    ObligationId = table.Column<int>(type: "integer", nullable: false),
                    PlanCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UnitCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentUnitCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Floor = table.Column<long>(type: "bigint", nullable: true),
                    Stretch = table.Column<long>(type: "bigint", nullable: true),
                    MissingData = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_obligations", x => x.ObligationId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_report_submissions",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UnitCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedBy = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_report_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_reported_values",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    Denominator = table.Column<long>(type: "bigint", nullable: true),
                    Source = table.Column<string>(type: "text", maxLength: 500, nullable: false, collation: "C"),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_reported_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_training_classes",
                schema: "monitoring",
                columns: table => new
                {
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Audience = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_training_classes", x => x.ClassId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_training_completions",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    PersonCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UnitCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Audience = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_training_completions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_activity_reports_ProvinceCode",
                schema: "monitoring",
                table: "monitoring_activity_reports",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_activity_reports_UnitCode_Date",
                schema: "monitoring",
                table: "monitoring_activity_reports",
                columns: new[] { "UnitCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_activity_reports_Year_UnitCode_Kind_Date_Count",
                schema: "monitoring",
                table: "monitoring_activity_reports",
                columns: new[] { "Year", "UnitCode", "Kind", "Date", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_obligations_PlanCode",
                schema: "monitoring",
                table: "monitoring_obligations",
                column: "PlanCode");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_obligations_Year_UnitCode",
                schema: "monitoring",
                table: "monitoring_obligations",
                columns: new[] { "Year", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_report_submissions_PlanCode_Year",
                schema: "monitoring",
                table: "monitoring_report_submissions",
                columns: new[] { "PlanCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_report_submissions_Year",
                schema: "monitoring",
                table: "monitoring_report_submissions",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_reported_values_UnitCode_Year_IndicatorCode",
                schema: "monitoring",
                table: "monitoring_reported_values",
                columns: new[] { "UnitCode", "Year", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_training_classes_Year",
                schema: "monitoring",
                table: "monitoring_training_classes",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_training_completions_ClassId",
                schema: "monitoring",
                table: "monitoring_training_completions",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_training_completions_Year_UnitCode",
                schema: "monitoring",
                table: "monitoring_training_completions",
                columns: new[] { "Year", "UnitCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_activity_reports",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "monitoring_obligations",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "monitoring_report_submissions",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "monitoring_reported_values",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "monitoring_training_classes",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "monitoring_training_completions",
                schema: "monitoring");
        }
    }
}
