using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.Sqlite
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
                    TaskArn = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Cluster = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Group = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    TaskDefinition = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    LastStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StopCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StoppedReason = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Containers = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AvailabilityZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PrivateIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
