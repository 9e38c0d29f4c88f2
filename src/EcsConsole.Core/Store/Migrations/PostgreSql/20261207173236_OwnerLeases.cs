using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EcsConsole.Core.Store.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OwnerLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseAcquiredAt",
                table: "WizardRuns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseExpiresAt",
                table: "WizardRuns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseHeartbeatAt",
                table: "WizardRuns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "WizardRuns",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseAcquiredAt",
                table: "WebhookDeliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseExpiresAt",
                table: "WebhookDeliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseHeartbeatAt",
                table: "WebhookDeliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "WebhookDeliveries",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseAcquiredAt",
                table: "DeliveryRecords",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseExpiresAt",
                table: "DeliveryRecords",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseHeartbeatAt",
                table: "DeliveryRecords",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "DeliveryRecords",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseAcquiredAt",
                table: "DeliveryPolicies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseExpiresAt",
                table: "DeliveryPolicies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseHeartbeatAt",
                table: "DeliveryPolicies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "DeliveryPolicies",
                type: "character varying(128)",
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
