using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.PostgreSql
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
                    ConnectionKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClusterCount = table.Column<int>(type: "integer", nullable: false),
                    ServiceCount = table.Column<int>(type: "integer", nullable: false),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false)
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
