using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FleetPollerLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseAcquiredAt",
                table: "FleetSnapshots",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseExpiresAt",
                table: "FleetSnapshots",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseHeartbeatAt",
                table: "FleetSnapshots",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "FleetSnapshots",
                type: "character varying(128)",
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
