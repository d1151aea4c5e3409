using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PlansAndObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentPlanId = table.Column<int>(type: "INTEGER", nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubordinateReportOffsetDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AudienceGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadlines = table.Column<string>(type: "TEXT", nullable: true),
                    History = table.Column<string>(type: "TEXT", nullable: true),
                    Tasks = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_plans_plans_plans_ParentPlanId",
                        column: x => x.ParentPlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_plans_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_obligations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RateFloor = table.Column<double>(type: "REAL", nullable: true),
                    RateStretch = table.Column<double>(type: "REAL", nullable: true),
                    ComputedFloor = table.Column<long>(type: "INTEGER", nullable: true),
                    ComputedStretch = table.Column<long>(type: "INTEGER", nullable: true),
                    Floor = table.Column<long>(type: "INTEGER", nullable: true),
                    Stretch = table.Column<long>(type: "INTEGER", nullable: true),
                    MissingData = table.Column<bool>(type: "INTEGER", nullable: false),
                    MissingReason = table.Column<string>(type: "TEXT", nullable: true),
                    ParentPlanCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ParentSource = table.Column<string>(type: "TEXT", nullable: false),
                    ParentFloor = table.Column<double>(type: "REAL", nullable: true),
                    ParentStretch = table.Column<double>(type: "REAL", nullable: true),
                    RuleName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DenominatorMetric = table.Column<string>(type: "TEXT", nullable: true),
                    DenominatorValue = table.Column<long>(type: "INTEGER", nullable: true),
                    DenominatorYear = table.Column<int>(type: "INTEGER", nullable: true),
                    DenominatorSource = table.Column<string>(type: "TEXT", nullable: true),
                    Fallback = table.Column<string>(type: "TEXT", nullable: true),
                    Overridden = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", nullable: true),
                    OverriddenBy = table.Column<string>(type: "TEXT", nullable: true),
                    OverriddenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_obligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_obligations_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_obligations_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Floor = table.Column<double>(type: "REAL", nullable: false),
                    Stretch = table.Column<double>(type: "REAL", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_targets_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_obligations_PlanId_UnitId_Year_IndicatorCode",
                table: "plans_obligations",
                columns: new[] { "PlanId", "UnitId", "Year", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_obligations_UnitCode_Year",
                table: "plans_obligations",
                columns: new[] { "UnitCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_obligations_UnitId",
                table: "plans_obligations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_Code",
                table: "plans_plans",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_ParentPlanId",
                table: "plans_plans",
                column: "ParentPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_Path",
                table: "plans_plans",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_UnitId",
                table: "plans_plans",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_targets_PlanId_IndicatorCode_Year",
                table: "plans_targets",
                columns: new[] { "PlanId", "IndicatorCode", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_obligations");

            migrationBuilder.DropTable(
                name: "plans_targets");

            migrationBuilder.DropTable(
                name: "plans_plans");
        }
    }
}
