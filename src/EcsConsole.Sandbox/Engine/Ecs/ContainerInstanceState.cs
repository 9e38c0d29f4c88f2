namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed class ContainerInstanceState
{
    public required string Id { get; init; }

    public required string Arn { get; init; }

    public required string Ec2InstanceId { get; init; }

    /// <summary>Settable: an Auto Scaling instance takes its group's capacity provider when one is created for the group.</summary>
    public required string CapacityProviderName { get; set; }

    public required string InstanceType { get; init; }

    public required string AvailabilityZone { get; init; }

    public required int RegisteredCpu { get; init; }

    public required int RegisteredMemory { get; init; }

    /// <summary>ACTIVE or DRAINING.</summary>
    public string Status { get; set; } = "ACTIVE";

    public bool AgentConnected { get; set; } = true;

    public required DateTimeOffset RegisteredAt { get; init; }

    public long Version { get; set; } = 1;

    public string AgentVersion { get; init; } = "1.89.1";

    public string DockerVersion { get; init; } = "DockerVersion: 25.0.8";

    public Dictionary<string, string> Tags { get; init; } = [];
}
