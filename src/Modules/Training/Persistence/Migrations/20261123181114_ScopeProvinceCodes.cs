using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Training.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ScopeProvinceCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProvinceCode",
                table: "training_people",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProvinceCode",
                table: "training_classes",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_people_ProvinceCode",
                table: "training_people",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_training_classes_ProvinceCode",
                table: "training_classes",
                column: "ProvinceCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_training_people_ProvinceCode",
                table: "training_people");

            migrationBuilder.DropIndex(
                name: "IX_training_classes_ProvinceCode",
                table: "training_classes");

            migrationBuilder.DropColumn(
                name: "ProvinceCode",
                table: "training_people");

            migrationBuilder.DropColumn(
                name: "ProvinceCode",
                table: "training_classes");
        }
    }
}
