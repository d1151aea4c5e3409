using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Training.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_classes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Trainers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletionShare = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_classes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_people",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_quota_obligations",
                columns: table => new
                {
                    ObligationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentUnitCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Floor = table.Column<long>(type: "INTEGER", nullable: true),
                    Stretch = table.Column<long>(type: "INTEGER", nullable: true),
                    MissingData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_quota_obligations", x => x.ObligationId);
                });

            // As EF Core would create it, but WITHOUT ROWID: the key is the whole row, so a mark is one b-tree entry.
            migrationBuilder.Sql("""
                CREATE TABLE "training_attendance" (
                    "ClassId" INTEGER NOT NULL,
                    "Session" INTEGER NOT NULL,
                    "PersonId" INTEGER NOT NULL,
                    CONSTRAINT "PK_training_attendance" PRIMARY KEY ("ClassId", "Session", "PersonId"),
                    CONSTRAINT "FK_training_attendance_training_classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "training_classes" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateTable(
                name: "training_enrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EnrolledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AttendedSessions = table.Column<int>(type: "INTEGER", nullable: true),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_enrolments_training_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "training_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_training_enrolments_training_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "training_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_classes_Code",
                table: "training_classes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_classes_Year_UnitCode_Audience",
                table: "training_classes",
                columns: new[] { "Year", "UnitCode", "Audience" });

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_ClassId_PersonId",
                table: "training_enrolments",
                columns: new[] { "ClassId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_PersonId",
                table: "training_enrolments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_training_people_Code",
                table: "training_people",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_people_UnitCode_Audience",
                table: "training_people",
                columns: new[] { "UnitCode", "Audience" });

            migrationBuilder.CreateIndex(
                name: "IX_training_quota_obligations_Year_UnitCode_IndicatorCode",
                table: "training_quota_obligations",
                columns: new[] { "Year", "UnitCode", "IndicatorCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_attendance");

            migrationBuilder.DropTable(
                name: "training_enrolments");

            migrationBuilder.DropTable(
                name: "training_quota_obligations");

            migrationBuilder.DropTable(
                name: "training_classes");

            migrationBuilder.DropTable(
                name: "training_people");
        }
    }
}
