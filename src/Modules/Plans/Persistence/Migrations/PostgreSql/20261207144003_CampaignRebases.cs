using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Plans.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CampaignRebases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_campaign_rebases",
                schema: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "text", maxLength: 130, nullable: false, collation: "C"),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    QuotaId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "text", maxLength: 500, nullable: false, collation: "C"),
                    RebasedBy = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    RebasedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_campaign_rebases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_campaign_rebases_plans_campaign_quotas_QuotaId",
                        column: x => x.QuotaId,
                        principalSchema: "plans",
                        principalTable: "plans_campaign_quotas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_campaign_rebases_plans_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "plans",
                        principalTable: "plans_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_campaign_rebases_plans_units_ProvinceId",
                        column: x => x.ProvinceId,
                        principalSchema: "plans",
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_rebases_CampaignId",
                schema: "plans",
                table: "plans_campaign_rebases",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_rebases_ProvinceId",
                schema: "plans",
                table: "plans_campaign_rebases",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_campaign_rebases_QuotaId_ProvinceId",
                schema: "plans",
                table: "plans_campaign_rebases",
                columns: new[] { "QuotaId", "ProvinceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_campaign_rebases",
                schema: "plans");
        }
    }
}
