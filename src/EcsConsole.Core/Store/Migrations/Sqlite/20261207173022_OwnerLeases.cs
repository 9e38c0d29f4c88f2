using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OwnerLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LeaseAcquiredAt",
                table: "WizardRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "WizardRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseHeartbeatAt",
                table: "WizardRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "WizardRuns",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseAcquiredAt",
                table: "WebhookDeliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "WebhookDeliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseHeartbeatAt",
                table: "WebhookDeliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "WebhookDeliveries",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseAcquiredAt",
                table: "DeliveryRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "DeliveryRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseHeartbeatAt",
                table: "DeliveryRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "DeliveryRecords",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseAcquiredAt",
                table: "DeliveryPolicies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "DeliveryPolicies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseHeartbeatAt",
                table: "DeliveryPolicies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "DeliveryPolicies",
                type: "TEXT",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaseAcquiredAt",
                table: "WizardRuns");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "WizardRuns");

            migrationBuilder.DropColumn(
                name: "LeaseHeartbeatAt",
                table: "WizardRuns");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "WizardRuns");

            migrationBuilder.DropColumn(
                name: "LeaseAcquiredAt",
                table: "WebhookDeliveries");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "WebhookDeliveries");

            migrationBuilder.DropColumn(
                name: "LeaseHeartbeatAt",
                table: "WebhookDeliveries");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "WebhookDeliveries");

            migrationBuilder.DropColumn(
                name: "LeaseAcquiredAt",
                table: "DeliveryRecords");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "DeliveryRecords");

            migrationBuilder.DropColumn(
                name: "LeaseHeartbeatAt",
                table: "DeliveryRecords");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "DeliveryRecords");

            migrationBuilder.DropColumn(
                name: "LeaseAcquiredAt",
                table: "DeliveryPolicies");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "DeliveryPolicies");

            migrationBuilder.DropColumn(
                name: "LeaseHeartbeatAt",
                table: "DeliveryPolicies");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "DeliveryPolicies");
        }
    }
}
