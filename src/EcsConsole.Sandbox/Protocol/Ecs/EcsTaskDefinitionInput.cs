using System.Globalization;
using System.Text.RegularExpressions;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

/// <summary>Reads and validates a RegisterTaskDefinition request the way ECS does.</summary>
internal static partial class EcsTaskDefinitionInput
{
    public static TaskDefinitionRegistration Read(JsonInput input)
    {
        var family = input.RequiredString("family");
        if (!FamilyPattern().IsMatch(family))
        {
            throw SandboxErrors.Client("Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.");
        }

        var containerInputs = input.ObjectList("containerDefinitions");
        if (containerInputs is not { Count: > 0 })
        {
            throw SandboxErrors.Client("Container list cannot be empty.");
        }

        var compatibilities = input.StringList("requiresCompatibilities") ?? [];
        var fargate = compatibilities.Contains("FARGATE");
        var networkMode = input.Enum("networkMode", "bridge", "host", "awsvpc", "none") ?? (fargate ? "awsvpc" : "bridge");
        if (fargate && networkMode != "awsvpc")
        {
            throw SandboxErrors.Client("Fargate only supports network mode 'awsvpc'.");
        }

        var containers = containerInputs.Select(Container).ToList();
        if (containers.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != containers.Count)
        {
            throw SandboxErrors.Client("Container names must be unique.");
        }

        if (!containers.Any(c => c.Essential))
        {
            throw SandboxErrors.Client("A task definition must have at least one essential container.");
        }

        var cpu = Units(input.String("cpu"), "vcpu", "cpu") ?? containers.Sum(c => c.Cpu);
        var memory = Units(input.String("memory"), "gb", "memory") ?? containers.Sum(c => c.Memory ?? c.MemoryReservation ?? 0);
        if (fargate && !FargateSizes.IsValid(cpu, memory))
        {
            throw SandboxErrors.Client($"No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See the Amazon ECS documentation for the possible combinations.");
        }

        if (memory <= 0)
        {
            throw SandboxErrors.Client("Invalid setting for container. At least one of 'memory' or 'memoryReservation' must be specified.");
        }

        var tags = (input.ObjectList("tags") ?? []).ToDictionary(t => t.RequiredString("key"), t => t.String("value") ?? "", StringComparer.Ordinal);
        return new TaskDefinitionRegistration(
            family,
            cpu.ToString(CultureInfo.InvariantCulture),
            memory.ToString(CultureInfo.InvariantCulture),
            networkMode,
            compatibilities,
            input.String("taskRoleArn"),
            input.String("executionRoleArn"),
            containers,
            tags);
    }

    private static ContainerDefinitionState Container(JsonInput container, int index)
    {
        var name = container.String("name") ?? throw SandboxErrors.Client($"Container.name should not be null or empty (container definition {index}).");
        var image = container.String("image") ?? throw SandboxErrors.Client($"Container.image should not be null or empty (container {name}).");
        var portMappings = (container.ObjectList("portMappings") ?? []).Select(p =>
        {
            var containerPort = p.Int("containerPort") ?? throw SandboxErrors.Client($"Container {name}: portMappings need a containerPort.");
            return new PortMappingState(containerPort, p.Int("hostPort") ?? containerPort, p.Enum("protocol", "tcp", "udp") ?? "tcp", p.String("name"), p.Enum("appProtocol", "http", "http2", "grpc"));
        }).ToList();
        var log = container.Object("logConfiguration") is { } logInput
            ? new LogConfigurationState(
                logInput.RequiredString("logDriver"),
                logInput.Object("options")?.Body.ToDictionary(o => o.Key, o => o.Value?.GetValue<string>() ?? "", StringComparer.Ordinal) ?? new Dictionary<string, string>())
            : null;
        var health = container.Object("healthCheck") is { } healthInput
            ? new HealthCheckState(
                healthInput.StringList("command") ?? throw SandboxErrors.Client($"Container {name}: healthCheck needs a command."),
                healthInput.Int("interval") ?? 30,
                healthInput.Int("timeout") ?? 5,
                healthInput.Int("retries") ?? 3,
                healthInput.Int("startPeriod") ?? 0)
            : null;
        return new ContainerDefinitionState(
            name,
            image,
            container.Int("cpu") ?? 0,
            container.Int("memory"),
            container.Int("memoryReservation"),
            container.Bool("essential") ?? true,
            portMappings,
            Pairs(container.ObjectList("environment"), "name", "value"),
            Pairs(container.ObjectList("secrets"), "name", "valueFrom"),
            log,
            health);
    }

    private static List<KeyValuePair<string, string>> Pairs(IReadOnlyList<JsonInput>? items, string key, string value) =>
        (items ?? []).Select(i => new KeyValuePair<string, string>(i.RequiredString(key), i.String(value) ?? "")).ToList();

    /// <summary>Task-level sizes come as plain numbers ("1024") or with units ("1 vCPU", "2 GB").</summary>
    private static int? Units(string? value, string unit, string member)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            return plain;
        }

        var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[1].Equals(unit, StringComparison.OrdinalIgnoreCase)
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0
            ? (int)(amount * 1024)
            : throw SandboxErrors.Client($"Invalid '{member}' setting for task: {value}.");
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,255}$")]
    private static partial Regex FamilyPattern();
}
