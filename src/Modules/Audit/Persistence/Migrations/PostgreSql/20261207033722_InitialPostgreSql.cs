using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Audit.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "audit");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UserName = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    Action = table.Column<string>(type: "text", maxLength: 20, nullable: false, collation: "C"),
                    EntityType = table.Column<string>(type: "text", maxLength: 100, nullable: false, collation: "C"),
                    EntityKey = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: true, collation: "C"),
                    Before = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    After = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Operation = table.Column<string>(type: "text", maxLength: 300, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_AtUtc",
                schema: "audit",
                table: "audit_entries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntityType_EntityKey_AtUtc",
                schema: "audit",
                table: "audit_entries",
                columns: new[] { "EntityType", "EntityKey", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_UserName_AtUtc",
                schema: "audit",
                table: "audit_entries",
                columns: new[] { "UserName", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "audit");
        }
    }
}
