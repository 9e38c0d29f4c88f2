using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Connections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "WizardRuns",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConnectionName",
                table: "WizardRuns",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Partition",
                table: "WizardRuns",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "WizardRuns",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "StoppedTasks",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConnectionName",
                table: "StoppedTasks",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Partition",
                table: "StoppedTasks",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "Rollouts",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConnectionName",
                table: "Rollouts",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Partition",
                table: "Rollouts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "Rollouts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "DeliveryPolicies",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConnectionName",
                table: "DeliveryPolicies",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Partition",
                table: "DeliveryPolicies",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "DeliveryPolicies",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccountId",
                table: "AuditEntries",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConnectionName",
                table: "AuditEntries",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Partition",
                table: "AuditEntries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "AuditEntries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConnectionChoices",
                columns: table => new
                {
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ConnectionName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChosenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionChoices", x => x.NormalizedUserName);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WizardRuns_ConnectionName",
                table: "WizardRuns",
                column: "ConnectionName");

            migrationBuilder.CreateIndex(
                name: "IX_StoppedTasks_ConnectionName",
                table: "StoppedTasks",
                column: "ConnectionName");

            migrationBuilder.CreateIndex(
                name: "IX_Rollouts_ConnectionName",
                table: "Rollouts",
                column: "ConnectionName");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryPolicies_ConnectionName",
                table: "DeliveryPolicies",
                column: "ConnectionName");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ConnectionName",
                table: "AuditEntries",
                column: "ConnectionName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectionChoices");

            migrationBuilder.DropIndex(
                name: "IX_WizardRuns_ConnectionName",
                table: "WizardRuns");

            migrationBuilder.DropIndex(
                name: "IX_StoppedTasks_ConnectionName",
                table: "StoppedTasks");

            migrationBuilder.DropIndex(
                name: "IX_Rollouts_ConnectionName",
                table: "Rollouts");

            migrationBuilder.DropIndex(
                name: "IX_DeliveryPolicies_ConnectionName",
                table: "DeliveryPolicies");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ConnectionName",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "WizardRuns");

            migrationBuilder.DropColumn(
                name: "ConnectionName",
                table: "WizardRuns");

            migrationBuilder.DropColumn(
                name: "Partition",
                table: "WizardRuns");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "WizardRuns");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "StoppedTasks");

            migrationBuilder.DropColumn(
                name: "ConnectionName",
                table: "StoppedTasks");

            migrationBuilder.DropColumn(
                name: "Partition",
                table: "StoppedTasks");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "Rollouts");

            migrationBuilder.DropColumn(
                name: "ConnectionName",
                table: "Rollouts");

            migrationBuilder.DropColumn(
                name: "Partition",
                table: "Rollouts");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "Rollouts");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "DeliveryPolicies");

            migrationBuilder.DropColumn(
                name: "ConnectionName",
                table: "DeliveryPolicies");

            migrationBuilder.DropColumn(
                name: "Partition",
                table: "DeliveryPolicies");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "DeliveryPolicies");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ConnectionName",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Partition",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "AuditEntries");
        }
    }
}
