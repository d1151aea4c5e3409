using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Training.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TrainingClassVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "training_classes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "training_classes");
        }
    }
}
