using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FleetSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FleetSnapshots",
                columns: table => new
                {
                    ConnectionKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClusterCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Payload = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FleetSnapshots", x => x.ConnectionKey);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FleetSnapshots");
        }
    }
}
