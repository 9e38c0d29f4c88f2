using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StoppedTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoppedTasks",
                columns: table => new
                {
                    TaskArn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Cluster = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Service = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Group = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    TaskDefinition = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    LastStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StopCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StoppedReason = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Containers = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StoppedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AvailabilityZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PrivateIp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoppedTasks", x => x.TaskArn);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StoppedTasks_Region_Cluster_Service_StoppedAt",
                table: "StoppedTasks",
                columns: new[] { "Region", "Cluster", "Service", "StoppedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StoppedTasks_Region_Cluster_StoppedAt",
                table: "StoppedTasks",
                columns: new[] { "Region", "Cluster", "StoppedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoppedTasks");
        }
    }
}
