using System.Security.Cryptography;
using System.Text;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.TaskDefinitions;

/// <summary>Reads ECS task definitions into <see cref="TaskDefinitionDetail"/>; the only place secrets are masked for this view.</summary>
internal static class TaskDefinitionWireMapping
{
    public static TaskDefinitionDetail ToDetail(this TaskDefinition definition) => new(
        definition.Family ?? "",
        definition.Revision ?? 0,
        definition.TaskDefinitionArn ?? "",
        definition.Status ?? "UNKNOWN",
        definition.RegisteredAt,
        definition.RegisteredBy,
        definition.Cpu,
        definition.Memory,
        definition.NetworkMode,
        definition.TaskRoleArn,
        definition.ExecutionRoleArn,
        new ValueList<string>(definition.RequiresCompatibilities ?? []),
        new ValueList<ContainerSpec>((definition.ContainerDefinitions ?? []).Select(ToSpec)));

    /// <summary><c>arn:...:task-definition/users:7</c> into a revision entry.</summary>
    public static TaskDefinitionRevision ToRevision(string arn)
    {
        var familyRevision = TaskDefinitionNames.FamilyRevision(arn);
        var colon = familyRevision.LastIndexOf(':');
        return colon > 0 && int.TryParse(familyRevision[(colon + 1)..], out var revision)
            ? new TaskDefinitionRevision(familyRevision[..colon], revision, arn)
            : new TaskDefinitionRevision(familyRevision, 0, arn);
    }

    private static ContainerSpec ToSpec(ContainerDefinition container) => new(
        container.Name ?? "",
        container.Image ?? "",
        container.Cpu,
        container.Memory,
        container.MemoryReservation,
        container.Essential ?? true,
        new ValueList<string>((container.PortMappings ?? []).Select(Port)),
        new ValueList<string>(container.Command ?? []),
        new ValueList<string>(container.EntryPoint ?? []),
        new ValueList<EnvironmentVariable>((container.Environment ?? [])
            .Where(e => e.Name is not null)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new EnvironmentVariable(e.Name!, SecretRedactor.RedactValue(e.Name!, e.Value ?? "") ?? "", Fingerprint(e.Value)))),
        new ValueList<SecretReference>((container.Secrets ?? [])
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new SecretReference(s.Name, s.ValueFrom))),
        container.LogConfiguration?.LogDriver,
        new ValueList<KeyValuePair<string, string>>((container.LogConfiguration?.Options ?? new Dictionary<string, string>())
            .OrderBy(o => o.Key, StringComparer.Ordinal)),
        HealthCheckText(container.HealthCheck),
        container.WorkingDirectory,
        container.User);

    private static string Port(PortMapping mapping)
    {
        var port = mapping.ContainerPort?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? mapping.ContainerPortRange ?? "?";
        var host = mapping.HostPort is { } h && h != mapping.ContainerPort ? $" (host {h})" : "";
        var name = string.IsNullOrEmpty(mapping.Name) ? "" : $" {mapping.Name}";
        return $"{port}/{mapping.Protocol ?? "tcp"}{host}{name}";
    }

    private static string? HealthCheckText(HealthCheck? check)
    {
        if (check is null || check.Command.Count == 0)
        {
            return null;
        }
        return $"{string.Join(' ', check.Command)} (every {check.Interval ?? 30}s, timeout {check.Timeout ?? 5}s, " +
               $"{check.Retries ?? 3} retries, start period {check.StartPeriod ?? 0}s)";
    }

    private static string Fingerprint(string? value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value ?? "")));
}
