using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>TaskDefinition</c>.</summary>
public sealed record TaskDefinition
{
    [JsonPropertyName("taskDefinitionArn")] public string? TaskDefinitionArn { get; init; }
    [JsonPropertyName("containerDefinitions")] public IReadOnlyList<ContainerDefinition>? ContainerDefinitions { get; init; }
    [JsonPropertyName("family")] public string? Family { get; init; }
    [JsonPropertyName("taskRoleArn")] public string? TaskRoleArn { get; init; }
    [JsonPropertyName("executionRoleArn")] public string? ExecutionRoleArn { get; init; }
    [JsonPropertyName("networkMode")] public string? NetworkMode { get; init; }
    [JsonPropertyName("revision")] public int? Revision { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("compatibilities")] public IReadOnlyList<string>? Compatibilities { get; init; }
    [JsonPropertyName("requiresCompatibilities")] public IReadOnlyList<string>? RequiresCompatibilities { get; init; }
    [JsonPropertyName("cpu")] public string? Cpu { get; init; }
    [JsonPropertyName("memory")] public string? Memory { get; init; }
    [JsonPropertyName("registeredAt")] public DateTimeOffset? RegisteredAt { get; init; }
    [JsonPropertyName("deregisteredAt")] public DateTimeOffset? DeregisteredAt { get; init; }
    [JsonPropertyName("registeredBy")] public string? RegisteredBy { get; init; }
    [JsonPropertyName("volumes")] public IReadOnlyList<Volume>? Volumes { get; init; }
    [JsonPropertyName("requiresAttributes")] public IReadOnlyList<EcsAttribute>? RequiresAttributes { get; init; }
    [JsonPropertyName("placementConstraints")] public IReadOnlyList<TaskDefinitionPlacementConstraint>? PlacementConstraints { get; init; }
    [JsonPropertyName("runtimePlatform")] public RuntimePlatform? RuntimePlatform { get; init; }
    [JsonPropertyName("inferenceAccelerators")] public IReadOnlyList<InferenceAccelerator>? InferenceAccelerators { get; init; }
    [JsonPropertyName("pidMode")] public string? PidMode { get; init; }
    [JsonPropertyName("ipcMode")] public string? IpcMode { get; init; }
    [JsonPropertyName("proxyConfiguration")] public ProxyConfiguration? ProxyConfiguration { get; init; }
    [JsonPropertyName("deleteRequestedAt")] public DateTimeOffset? DeleteRequestedAt { get; init; }
    [JsonPropertyName("ephemeralStorage")] public EphemeralStorage? EphemeralStorage { get; init; }
    [JsonPropertyName("enableFaultInjection")] public bool? EnableFaultInjection { get; init; }
}

/// <summary>ECS model shape <c>ContainerDefinition</c>.</summary>
public sealed record ContainerDefinition
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("image")] public string? Image { get; init; }
    [JsonPropertyName("cpu")] public int? Cpu { get; init; }
    [JsonPropertyName("memory")] public int? Memory { get; init; }
    [JsonPropertyName("memoryReservation")] public int? MemoryReservation { get; init; }
    [JsonPropertyName("portMappings")] public IReadOnlyList<PortMapping>? PortMappings { get; init; }
    [JsonPropertyName("essential")] public bool? Essential { get; init; }
    [JsonPropertyName("entryPoint")] public IReadOnlyList<string>? EntryPoint { get; init; }
    [JsonPropertyName("command")] public IReadOnlyList<string>? Command { get; init; }
    [JsonPropertyName("environment")] public IReadOnlyList<KeyValuePair>? Environment { get; init; }
    [JsonPropertyName("secrets")] public IReadOnlyList<Secret>? Secrets { get; init; }
    [JsonPropertyName("logConfiguration")] public LogConfiguration? LogConfiguration { get; init; }
    [JsonPropertyName("healthCheck")] public HealthCheck? HealthCheck { get; init; }
    [JsonPropertyName("startTimeout")] public int? StartTimeout { get; init; }
    [JsonPropertyName("stopTimeout")] public int? StopTimeout { get; init; }
    [JsonPropertyName("workingDirectory")] public string? WorkingDirectory { get; init; }
    [JsonPropertyName("user")] public string? User { get; init; }
    [JsonPropertyName("repositoryCredentials")] public RepositoryCredentials? RepositoryCredentials { get; init; }
    [JsonPropertyName("links")] public IReadOnlyList<string>? Links { get; init; }
    [JsonPropertyName("restartPolicy")] public ContainerRestartPolicy? RestartPolicy { get; init; }
    [JsonPropertyName("environmentFiles")] public IReadOnlyList<EnvironmentFile>? EnvironmentFiles { get; init; }
    [JsonPropertyName("mountPoints")] public IReadOnlyList<MountPoint>? MountPoints { get; init; }
    [JsonPropertyName("volumesFrom")] public IReadOnlyList<VolumeFrom>? VolumesFrom { get; init; }
    [JsonPropertyName("linuxParameters")] public LinuxParameters? LinuxParameters { get; init; }
    [JsonPropertyName("dependsOn")] public IReadOnlyList<ContainerDependency>? DependsOn { get; init; }
    [JsonPropertyName("versionConsistency")] public string? VersionConsistency { get; init; }
    [JsonPropertyName("hostname")] public string? Hostname { get; init; }
    [JsonPropertyName("disableNetworking")] public bool? DisableNetworking { get; init; }
    [JsonPropertyName("privileged")] public bool? Privileged { get; init; }
    [JsonPropertyName("readonlyRootFilesystem")] public bool? ReadonlyRootFilesystem { get; init; }
    [JsonPropertyName("dnsServers")] public IReadOnlyList<string>? DnsServers { get; init; }
    [JsonPropertyName("dnsSearchDomains")] public IReadOnlyList<string>? DnsSearchDomains { get; init; }
    [JsonPropertyName("extraHosts")] public IReadOnlyList<HostEntry>? ExtraHosts { get; init; }
    [JsonPropertyName("dockerSecurityOptions")] public IReadOnlyList<string>? DockerSecurityOptions { get; init; }
    [JsonPropertyName("interactive")] public bool? Interactive { get; init; }
    [JsonPropertyName("pseudoTerminal")] public bool? PseudoTerminal { get; init; }
    [JsonPropertyName("dockerLabels")] public IReadOnlyDictionary<string, string>? DockerLabels { get; init; }
    [JsonPropertyName("ulimits")] public IReadOnlyList<Ulimit>? Ulimits { get; init; }
    [JsonPropertyName("systemControls")] public IReadOnlyList<SystemControl>? SystemControls { get; init; }
    [JsonPropertyName("resourceRequirements")] public IReadOnlyList<ResourceRequirement>? ResourceRequirements { get; init; }
    [JsonPropertyName("firelensConfiguration")] public FirelensConfiguration? FirelensConfiguration { get; init; }
    [JsonPropertyName("credentialSpecs")] public IReadOnlyList<string>? CredentialSpecs { get; init; }
}

/// <summary>ECS model shape <c>PortMapping</c>.</summary>
public sealed record PortMapping
{
    [JsonPropertyName("containerPort")] public int? ContainerPort { get; init; }
    [JsonPropertyName("hostPort")] public int? HostPort { get; init; }
    [JsonPropertyName("protocol")] public string? Protocol { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("appProtocol")] public string? AppProtocol { get; init; }
    [JsonPropertyName("containerPortRange")] public string? ContainerPortRange { get; init; }
}

/// <summary>ECS model shape <c>Secret</c>: an environment variable taken from Secrets Manager or SSM.</summary>
public sealed record Secret
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("valueFrom")] public string ValueFrom { get; init; } = "";
}

/// <summary>ECS model shape <c>LogConfiguration</c>.</summary>
public sealed record LogConfiguration
{
    [JsonPropertyName("logDriver")] public string LogDriver { get; init; } = "";
    [JsonPropertyName("options")] public IReadOnlyDictionary<string, string>? Options { get; init; }
    [JsonPropertyName("secretOptions")] public IReadOnlyList<Secret>? SecretOptions { get; init; }
}

/// <summary>ECS model shape <c>HealthCheck</c> (container-level, e.g. CMD-SHELL curl).</summary>
public sealed record HealthCheck
{
    [JsonPropertyName("command")] public IReadOnlyList<string> Command { get; init; } = [];
    [JsonPropertyName("interval")] public int? Interval { get; init; }
    [JsonPropertyName("timeout")] public int? Timeout { get; init; }
    [JsonPropertyName("retries")] public int? Retries { get; init; }
    [JsonPropertyName("startPeriod")] public int? StartPeriod { get; init; }
}
