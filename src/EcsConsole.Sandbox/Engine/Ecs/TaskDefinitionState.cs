namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed class TaskDefinitionState
{
    public required string Family { get; init; }

    public required int Revision { get; init; }

    public required string Arn { get; init; }

    /// <summary>ACTIVE or INACTIVE.</summary>
    public string Status { get; set; } = "ACTIVE";

    public required string Cpu { get; init; }

    public required string Memory { get; init; }

    public string NetworkMode { get; init; } = "awsvpc";

    public required IReadOnlyList<string> RequiresCompatibilities { get; init; }

    public string? TaskRoleArn { get; init; }

    public string? ExecutionRoleArn { get; init; }

    public required IReadOnlyList<ContainerDefinitionState> Containers { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public required string RegisteredBy { get; init; }

    public DateTimeOffset? DeregisteredAt { get; set; }

    public Dictionary<string, string> Tags { get; init; } = [];

    public string FamilyRevision => $"{Family}:{Revision}";
}

public sealed record ContainerDefinitionState(
    string Name,
    string Image,
    int Cpu,
    int? Memory,
    int? MemoryReservation,
    bool Essential,
    IReadOnlyList<PortMappingState> PortMappings,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    IReadOnlyList<KeyValuePair<string, string>> Secrets,
    LogConfigurationState? LogConfiguration,
    HealthCheckState? HealthCheck);

public sealed record PortMappingState(int ContainerPort, int HostPort, string Protocol, string? Name, string? AppProtocol);

public sealed record LogConfigurationState(string LogDriver, IReadOnlyDictionary<string, string> Options);

public sealed record HealthCheckState(IReadOnlyList<string> Command, int Interval, int Timeout, int Retries, int StartPeriod);
