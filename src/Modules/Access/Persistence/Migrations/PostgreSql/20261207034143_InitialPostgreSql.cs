using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Access.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "access");

            migrationBuilder.CreateTable(
                name: "access_users",
                schema: "access",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    NormalizedName = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    Roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    ScopeLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ScopeUnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: true, collation: "C"),
                    Disabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "access_api_keys",
                schema: "access",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KeyId = table.Column<string>(type: "text", maxLength: 32, nullable: false, collation: "C"),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "text", maxLength: 64, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_api_keys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_access_api_keys_access_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "access",
                        principalTable: "access_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_api_keys_Hash",
                schema: "access",
                table: "access_api_keys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_access_api_keys_KeyId",
                schema: "access",
                table: "access_api_keys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_access_api_keys_UserId",
                schema: "access",
                table: "access_api_keys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_access_users_NormalizedName",
                schema: "access",
                table: "access_users",
                column: "NormalizedName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_api_keys",
                schema: "access");

            migrationBuilder.DropTable(
                name: "access_users",
                schema: "access");
        }
    }
}
