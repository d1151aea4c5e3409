using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Plans.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "plans");

            migrationBuilder.CreateTable(
                name: "plans_indicators",
                schema: "plans",
                columns: table => new
                {
                    Code = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    NameEn = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    UnitOfMeasure = table.Column<string>(type: "text", maxLength: 60, nullable: false, collation: "C"),
                    CascadeKind = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    DenominatorMetric = table.Column<string>(type: "text", maxLength: 40, nullable: true, collation: "C"),
                    BasedOn = table.Column<string>(type: "text", maxLength: 40, nullable: true, collation: "C"),
                    CountUnit = table.Column<string>(type: "text", maxLength: 40, nullable: true, collation: "C"),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_indicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "plans_units",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    SearchName = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    Type = table.Column<string>(type: "text", maxLength: 32, nullable: false, collation: "C"),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_units_plans_units_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_plans",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    ParentPlanId = table.Column<int>(type: "integer", nullable: true),
                    Path = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AudienceGroups = table.Column<List<string>>(type: "text[]", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    Deadlines = table.Column<string>(type: "jsonb", nullable: true),
                    History = table.Column<string>(type: "jsonb", nullable: true),
                    Tasks = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_plans_plans_plans_ParentPlanId",
                        column: x => x.ParentPlanId,
                        principalSchema: "plans",
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_plans_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_unit_lineage",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OldUnitId = table.Column<int>(type: "integer", nullable: false),
                    NewUnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Wording = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_unit_lineage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_unit_lineage_plans_units_NewUnitId",
                        column: x => x.NewUnitId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_unit_lineage_plans_units_OldUnitId",
                        column: x => x.OldUnitId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_unit_statistics",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Metric = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "text", maxLength: 500, nullable: false, collation: "C"),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_unit_statistics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_unit_statistics_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_obligations",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    RateFloor = table.Column<double>(type: "double precision", nullable: true),
                    RateStretch = table.Column<double>(type: "double precision", nullable: true),
                    ComputedFloor = table.Column<long>(type: "bigint", nullable: true),
                    ComputedStretch = table.Column<long>(type: "bigint", nullable: true),
                    Floor = table.Column<long>(type: "bigint", nullable: true),
                    Stretch = table.Column<long>(type: "bigint", nullable: true),
                    MissingData = table.Column<bool>(type: "boolean", nullable: false),
                    MissingReason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ParentPlanCode = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    ParentSource = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ParentFloor = table.Column<double>(type: "double precision", nullable: true),
                    ParentStretch = table.Column<double>(type: "double precision", nullable: true),
                    RuleName = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    RuleVersion = table.Column<string>(type: "text", maxLength: 20, nullable: false, collation: "C"),
                    DenominatorMetric = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DenominatorValue = table.Column<long>(type: "bigint", nullable: true),
                    DenominatorYear = table.Column<int>(type: "integer", nullable: true),
                    DenominatorSource = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Fallback = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Overridden = table.Column<bool>(type: "boolean", nullable: false),
                    OverrideReason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    OverriddenBy = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    OverriddenAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_obligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_obligations_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "plans",
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_obligations_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_targets",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Floor = table.Column<double>(type: "double precision", nullable: false),
                    Stretch = table.Column<double>(type: "double precision", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_targets_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "plans",
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_obligations_PlanId_UnitId_Year_IndicatorCode",
                schema: "plans",
                table: "plans_obligations",
                columns: new[] { "PlanId", "UnitId", "Year", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_obligations_UnitCode_Year",
                schema: "plans",
                table: "plans_obligations",
                columns: new[] { "UnitCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_obligations_UnitId",
                schema: "plans",
                table: "plans_obligations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_Code",
                schema: "plans",
                table: "plans_plans",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_ParentPlanId",
                schema: "plans",
                table: "plans_plans",
                column: "ParentPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_Path",
                schema: "plans",
                table: "plans_plans",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_UnitId",
                schema: "plans",
                table: "plans_plans",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_targets_PlanId_IndicatorCode_Year",
                schema: "plans",
                table: "plans_targets",
                columns: new[] { "PlanId", "IndicatorCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_unit_lineage_NewUnitId",
                schema: "plans",
                table: "plans_unit_lineage",
                column: "NewUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_unit_lineage_OldUnitId_NewUnitId",
                schema: "plans",
                table: "plans_unit_lineage",
                columns: new[] { "OldUnitId", "NewUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_unit_statistics_UnitId_Year_Metric",
                schema: "plans",
                table: "plans_unit_statistics",
                columns: new[] { "UnitId", "Year", "Metric" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_units_Code_ValidFrom",
                schema: "plans",
                table: "plans_units",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_units_ParentId",
                schema: "plans",
                table: "plans_units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_units_SearchName",
                schema: "plans",
                table: "plans_units",
                column: "SearchName");

            // The read models' views (PostgreSqlViews): EF Core does not create views.
            foreach (var view in PostgreSqlViews.Create)
            {
                migrationBuilder.Sql(view);
            }

            // Cascade runs every host reads (SharedCascadeRuns); not in the EF Core model.
            migrationBuilder.Sql(SharedCascadeRuns.CreateTable);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS plans.plans_cascade_runs;");
            foreach (var view in PostgreSqlViews.Drop)
            {
                migrationBuilder.Sql(view);
            }

            migrationBuilder.DropTable(
                name: "plans_indicators",
                schema: "plans");

            migrationBuilder.DropTable(
                name: "plans_obligations",
                schema: "plans");

            migrationBuilder.DropTable(
                name: "plans_targets",
                schema: "plans");

            migrationBuilder.DropTable(
                name: "plans_unit_lineage",
                schema: "plans");

            migrationBuilder.DropTable(
                name: "plans_unit_statistics",
                schema: "plans");

            migrationBuilder.DropTable(
                name: "plans_plans",
                schema: "plans");

            migrationBuilder.DropTable(
                name: "plans_units",
                schema: "plans");
        }
    }
}
