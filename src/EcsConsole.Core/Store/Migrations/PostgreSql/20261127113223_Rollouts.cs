using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Rollouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Rollouts",
                columns: table => new
                {
                    DeploymentArn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Cluster = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Service = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Operator = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FromTaskDefinition = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ToTaskDefinition = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rollouts", x => x.DeploymentArn);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Rollouts_Cluster_Service_StartedAt",
                table: "Rollouts",
                columns: new[] { "Cluster", "Service", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Rollouts");
        }
    }
}
