using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Training.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "training");

            migrationBuilder.CreateTable(
                name: "training_classes",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", maxLength: 32, nullable: true, collation: "C"),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    ProvinceCode = table.Column<string>(type: "text", maxLength: 16, nullable: true, collation: "C"),
                    Audience = table.Column<string>(type: "text", maxLength: 32, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "text", maxLength: 300, nullable: false, collation: "C"),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sessions = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Trainers = table.Column<string>(type: "text", maxLength: 1000, nullable: false, collation: "C"),
                    Venue = table.Column<string>(type: "text", maxLength: 300, nullable: true, collation: "C"),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    CompletionShare = table.Column<double>(type: "double precision", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_classes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_people",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", maxLength: 32, nullable: false, collation: "C"),
                    FullName = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    SearchName = table.Column<string>(type: "text", maxLength: 200, nullable: false, collation: "C"),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    ProvinceCode = table.Column<string>(type: "text", maxLength: 16, nullable: true, collation: "C"),
                    Audience = table.Column<string>(type: "text", maxLength: 32, nullable: false, collation: "C"),
                    Gender = table.Column<string>(type: "text", maxLength: 1, nullable: true, collation: "C"),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_quota_obligations",
                schema: "training",
                columns: table => new
                {
                    ObligationId = table.Column<int>(type: "integer", nullable: false),
                    PlanCode = table.Column<string>(type: "text", maxLength: 64, nullable: false, collation: "C"),
                    UnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: false, collation: "C"),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentUnitCode = table.Column<string>(type: "text", maxLength: 16, nullable: true, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "text", maxLength: 32, nullable: false, collation: "C"),
                    Floor = table.Column<long>(type: "bigint", nullable: true),
                    Stretch = table.Column<long>(type: "bigint", nullable: true),
                    MissingData = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_quota_obligations", x => x.ObligationId);
                });

            migrationBuilder.CreateTable(
                name: "training_attendance",
                schema: "training",
                columns: table => new
                {
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    Session = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_attendance", x => new { x.ClassId, x.Session, x.PersonId });
                    table.ForeignKey(
                        name: "FK_training_attendance_training_classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "training",
                        principalTable: "training_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_enrolments",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EnrolledAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    AttendedSessions = table.Column<int>(type: "integer", nullable: true),
                    Completed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_enrolments_training_classes_ClassId",
                        column: x => x.ClassId,
                        principalSchema: "training",
                        principalTable: "training_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_training_enrolments_training_people_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "training",
                        principalTable: "training_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_classes_Code",
                schema: "training",
                table: "training_classes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_classes_ProvinceCode",
                schema: "training",
                table: "training_classes",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_training_classes_Year_UnitCode_Audience",
                schema: "training",
                table: "training_classes",
                columns: new[] { "Year", "UnitCode", "Audience" });

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_ClassId_PersonId",
                schema: "training",
                table: "training_enrolments",
                columns: new[] { "ClassId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_PersonId",
                schema: "training",
                table: "training_enrolments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_training_people_Code",
                schema: "training",
                table: "training_people",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_people_ProvinceCode",
                schema: "training",
                table: "training_people",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_training_people_UnitCode_Audience",
                schema: "training",
                table: "training_people",
                columns: new[] { "UnitCode", "Audience" });

            migrationBuilder.CreateIndex(
                name: "IX_training_quota_obligations_Year_UnitCode_IndicatorCode",
                schema: "training",
                table: "training_quota_obligations",
                columns: new[] { "Year", "UnitCode", "IndicatorCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_attendance",
                schema: "training");

            migrationBuilder.DropTable(
                name: "training_enrolments",
                schema: "training");

            migrationBuilder.DropTable(
                name: "training_quota_obligations",
                schema: "training");

            migrationBuilder.DropTable(
                name: "training_classes",
                schema: "training");

            migrationBuilder.DropTable(
                name: "training_people",
                schema: "training");
        }
    }
}
