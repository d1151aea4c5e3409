using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Plans.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ObligationAndPlanVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "plans_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "plans_obligations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "plans_plans");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "plans_obligations");
        }
    }
}
