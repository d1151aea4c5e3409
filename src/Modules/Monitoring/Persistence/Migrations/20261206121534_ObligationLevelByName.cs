using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ObligationLevelByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The copy is written by the one writer of the obligation copies (ObligationCopies), which stores the level by
            // name as Plans and Training do; rows written before by number are renamed, before the table is rebuilt
            // with a text column (SQLite ran it first anyway; written first, EF no longer warns of a pending rebuild).
            // CAST makes it hold either way, and the rebuild copies the text.
            migrationBuilder.Sql("""
                UPDATE monitoring_obligations SET Level = CASE CAST(Level AS TEXT)
                    WHEN '0' THEN 'Nation' WHEN '1' THEN 'Province' WHEN '2' THEN 'District' WHEN '3' THEN 'Commune' ELSE Level END;
                """);

            migrationBuilder.AlterColumn<string>(
                name: "Level",
                table: "monitoring_obligations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE monitoring_obligations SET Level = CASE Level
                    WHEN 'Nation' THEN 0 WHEN 'Province' THEN 1 WHEN 'District' THEN 2 WHEN 'Commune' THEN 3 ELSE Level END;
                """);
            migrationBuilder.AlterColumn<int>(
                name: "Level",
                table: "monitoring_obligations",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 16);
        }
    }
}
