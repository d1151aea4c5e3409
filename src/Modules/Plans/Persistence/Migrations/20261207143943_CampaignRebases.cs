using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CampaignRebases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_campaign_rebases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 130, nullable: false),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuotaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RebasedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RebasedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_campaign_rebases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_campaign_rebases_plans_campaign_quotas_QuotaId",
                        column: x => x.QuotaId,
                        principalTable: "plans_campaign_quotas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_campaign_rebases_plans_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "plans_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_campaign_rebases_plans_units_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_rebases_CampaignId",
                table: "plans_campaign_rebases",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_rebases_ProvinceId",
                table: "plans_campaign_rebases",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_rebases_QuotaId_ProvinceId",
                table: "plans_campaign_rebases",
                columns: new[] { "QuotaId", "ProvinceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_campaign_rebases");
        }
    }
}
