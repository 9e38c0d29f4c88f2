using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ServiceVolumeConfiguration</c>.</summary>
public sealed record ServiceVolumeConfiguration
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("managedEBSVolume")] public ServiceManagedEBSVolumeConfiguration? ManagedEBSVolume { get; init; }
}

/// <summary>ECS model shape <c>ServiceManagedEBSVolumeConfiguration</c>.</summary>
public sealed record ServiceManagedEBSVolumeConfiguration
{
    [JsonPropertyName("encrypted")] public bool? Encrypted { get; init; }
    [JsonPropertyName("kmsKeyId")] public string? KmsKeyId { get; init; }
    [JsonPropertyName("volumeType")] public string? VolumeType { get; init; }
    [JsonPropertyName("sizeInGiB")] public int? SizeInGiB { get; init; }
    [JsonPropertyName("snapshotId")] public string? SnapshotId { get; init; }
    [JsonPropertyName("volumeInitializationRate")] public int? VolumeInitializationRate { get; init; }
    [JsonPropertyName("iops")] public int? Iops { get; init; }
    [JsonPropertyName("throughput")] public int? Throughput { get; init; }
    [JsonPropertyName("tagSpecifications")] public IReadOnlyList<EBSTagSpecification>? TagSpecifications { get; init; }
    [JsonPropertyName("roleArn")] public string? RoleArn { get; init; }
    /// <summary>ext3, ext4, xfs, ntfs.</summary>
    [JsonPropertyName("filesystemType")] public string? FilesystemType { get; init; }
}

/// <summary>ECS model shape <c>EBSTagSpecification</c>.</summary>
public sealed record EBSTagSpecification
{
    /// <summary>volume.</summary>
    [JsonPropertyName("resourceType")] public string? ResourceType { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<Tag>? Tags { get; init; }
    /// <summary>TASK_DEFINITION, SERVICE, NONE.</summary>
    [JsonPropertyName("propagateTags")] public string? PropagateTags { get; init; }
}

/// <summary>ECS model shape <c>VpcLatticeConfiguration</c>.</summary>
public sealed record VpcLatticeConfiguration
{
    [JsonPropertyName("roleArn")] public string? RoleArn { get; init; }
    [JsonPropertyName("targetGroupArn")] public string? TargetGroupArn { get; init; }
    [JsonPropertyName("portName")] public string? PortName { get; init; }
}
