using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UnitLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_unit_lineage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OldUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    NewUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_unit_lineage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_unit_lineage_plans_units_NewUnitId",
                        column: x => x.NewUnitId,
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_unit_lineage_plans_units_OldUnitId",
                        column: x => x.OldUnitId,
                        principalTable: "plans_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_unit_lineage_NewUnitId",
                table: "plans_unit_lineage",
                column: "NewUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_unit_lineage_OldUnitId_NewUnitId",
                table: "plans_unit_lineage",
                columns: new[] { "OldUnitId", "NewUnitId" },
                unique: true);

            // The OData set UnitLineage: both sides flat, each with its province (itself, its parent or grandparent).
            migrationBuilder.Sql(@"
CREATE VIEW plans_v_unit_lineage AS
SELECT l.Id,
       o.Code AS OldCode, o.Name AS OldName, o.Level AS OldLevel, ov.ProvinceCode AS OldProvinceCode, o.ValidFrom AS OldValidFrom, o.ValidTo AS OldValidTo,
       n.Code AS NewCode, n.Name AS NewName, n.Level AS NewLevel, nv.ProvinceCode AS NewProvinceCode,
       l.Kind, l.Wording, l.EffectiveDate
FROM plans_unit_lineage l
JOIN plans_units o ON o.Id = l.OldUnitId
JOIN plans_v_units ov ON ov.Id = o.Id
JOIN plans_units n ON n.Id = l.NewUnitId
JOIN plans_v_units nv ON nv.Id = n.Id;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS plans_v_unit_lineage;");

            migrationBuilder.DropTable(
                name: "plans_unit_lineage");
        }
    }
}
