using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Plans.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_campaigns",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "text", maxLength: 400, nullable: false, collation: "C"),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StructureOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Messages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Note = table.Column<string>(type: "text", maxLength: 1000, nullable: true, collation: "C"),
                    Source = table.Column<string>(type: "text", maxLength: 200, nullable: true, collation: "C"),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    Audiences = table.Column<string>(type: "jsonb", nullable: true),
                    Forms = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_campaigns_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "plans",
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_campaigns_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_campaign_quotas",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Measure = table.Column<string>(type: "text", maxLength: 40, nullable: false, collation: "C"),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Basis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RateFloor = table.Column<double>(type: "double precision", nullable: false),
                    RateStretch = table.Column<double>(type: "double precision", nullable: true),
                    Metric = table.Column<string>(type: "text", maxLength: 40, nullable: true, collation: "C"),
                    MetricYear = table.Column<int>(type: "integer", nullable: true),
                    WindowStart = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_campaign_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_campaign_quotas_plans_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "plans",
                        principalTable: "plans_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_campaign_unit_quotas",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    QuotaId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentUnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    BasisLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnitCount = table.Column<int>(type: "integer", nullable: true),
                    Floor = table.Column<long>(type: "bigint", nullable: true),
                    Stretch = table.Column<long>(type: "bigint", nullable: true),
                    MissingData = table.Column<bool>(type: "boolean", nullable: false),
                    MissingReason = table.Column<string>(type: "text", maxLength: 400, nullable: true, collation: "C"),
                    RuleName = table.Column<string>(type: "text", maxLength: 120, nullable: false, collation: "C"),
                    RuleVersion = table.Column<string>(type: "text", maxLength: 20, nullable: false, collation: "C"),
                    DenominatorMetric = table.Column<string>(type: "text", maxLength: 40, nullable: true, collation: "C"),
                    DenominatorValue = table.Column<long>(type: "bigint", nullable: true),
                    DenominatorYear = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_campaign_unit_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_campaign_unit_quotas_plans_campaign_quotas_QuotaId",
                        column: x => x.QuotaId,
                        principalSchema: "plans",
                        principalTable: "plans_campaign_quotas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_campaign_unit_quotas_plans_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "plans",
                        principalTable: "plans_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_campaign_unit_quotas_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_quotas_CampaignId_Code",
                schema: "plans",
                table: "plans_campaign_quotas",
                columns: new[] { "CampaignId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_unit_quotas_CampaignId_UnitCode",
                schema: "plans",
                table: "plans_campaign_unit_quotas",
                columns: new[] { "CampaignId", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_unit_quotas_QuotaId_UnitId",
                schema: "plans",
                table: "plans_campaign_unit_quotas",
                columns: new[] { "QuotaId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_unit_quotas_UnitCode",
                schema: "plans",
                table: "plans_campaign_unit_quotas",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_unit_quotas_UnitId",
                schema: "plans",
                table: "plans_campaign_unit_quotas",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaigns_Code",
                schema: "plans",
                table: "plans_campaigns",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaigns_PlanId",
                schema: "plans",
                table: "plans_campaigns",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaigns_StartDate",
                schema: "plans",
                table: "plans_campaigns",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaigns_UnitId",
                schema: "plans",
                table: "plans_campaigns",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_campaign_unit_quotas",
                schema: "plans");

            migrationBuilder.DropTable(
                name: "plans_campaign_quotas",
                schema: "plans");

            migrationBuilder.DropTable(
                name: "plans_campaigns",
                schema: "plans");
        }
    }
}
