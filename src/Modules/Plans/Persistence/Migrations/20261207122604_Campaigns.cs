using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StructureOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    Messages = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1),
                    Audiences = table.Column<string>(type: "TEXT", nullable: true),
                    Forms = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_campaigns_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_campaigns_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_campaign_quotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RateFloor = table.Column<double>(type: "REAL", nullable: false),
                    RateStretch = table.Column<double>(type: "REAL", nullable: true),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MetricYear = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_campaign_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_campaign_quotas_plans_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "plans_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_campaign_unit_quotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuotaId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentUnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BasisLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnitCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Floor = table.Column<long>(type: "INTEGER", nullable: true),
                    Stretch = table.Column<long>(type: "INTEGER", nullable: true),
                    MissingData = table.Column<bool>(type: "INTEGER", nullable: false),
                    MissingReason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    RuleName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DenominatorMetric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DenominatorValue = table.Column<long>(type: "INTEGER", nullable: true),
                    DenominatorYear = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_campaign_unit_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_campaign_unit_quotas_plans_campaign_quotas_QuotaId",
                        column: x => x.QuotaId,
                        principalTable: "plans_campaign_quotas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_campaign_unit_quotas_plans_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "plans_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_campaign_unit_quotas_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_quotas_CampaignId_Code",
                table: "plans_campaign_quotas",
                columns: new[] { "CampaignId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_unit_quotas_CampaignId_UnitCode",
                table: "plans_campaign_unit_quotas",
                columns: new[] { "CampaignId", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_unit_quotas_QuotaId_UnitId",
                table: "plans_campaign_unit_quotas",
                columns: new[] { "QuotaId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_unit_quotas_UnitCode",
                table: "plans_campaign_unit_quotas",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_unit_quotas_UnitId",
                table: "plans_campaign_unit_quotas",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaigns_Code",
                table: "plans_campaigns",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaigns_PlanId",
                table: "plans_campaigns",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaigns_StartDate",
                table: "plans_campaigns",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaigns_UnitId",
                table: "plans_campaigns",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_campaign_unit_quotas");

            migrationBuilder.DropTable(
                name: "plans_campaign_quotas");

            migrationBuilder.DropTable(
                name: "plans_campaigns");
        }
    }
}
