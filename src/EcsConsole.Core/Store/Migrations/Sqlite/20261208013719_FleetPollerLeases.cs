using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FleetPollerLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LeaseAcquiredAt",
                table: "FleetSnapshots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "FleetSnapshots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseHeartbeatAt",
                table: "FleetSnapshots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "FleetSnapshots",
                type: "TEXT",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaseAcquiredAt",
                table: "FleetSnapshots");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "FleetSnapshots");

            migrationBuilder.DropColumn(
                name: "LeaseHeartbeatAt",
                table: "FleetSnapshots");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "FleetSnapshots");
        }
    }
}
