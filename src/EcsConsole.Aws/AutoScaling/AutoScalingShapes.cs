using System.Text.Json.Serialization;

namespace EcsConsole.Aws.AutoScaling;

/// <summary>Which launch template (by id or name) and version (a number, <c>$Latest</c> or <c>$Default</c>) a group launches.</summary>
public sealed record LaunchTemplateSpecification
{
    [JsonPropertyName("LaunchTemplateId")] public string? LaunchTemplateId { get; init; }
    [JsonPropertyName("LaunchTemplateName")] public string? LaunchTemplateName { get; init; }
    [JsonPropertyName("Version")] public string? Version { get; init; }
}

/// <summary>An Auto Scaling <c>Tag</c> as given to a group; <c>PropagateAtLaunch</c> copies it to the instances.</summary>
public sealed record Tag
{
    [JsonPropertyName("ResourceId")] public string? ResourceId { get; init; }
    [JsonPropertyName("ResourceType")] public string? ResourceType { get; init; }
    [JsonPropertyName("Key")] public string Key { get; init; } = "";
    [JsonPropertyName("Value")] public string? Value { get; init; }
    [JsonPropertyName("PropagateAtLaunch")] public bool? PropagateAtLaunch { get; init; }
}

/// <summary>An Auto Scaling <c>TagDescription</c>: a group's tag as described.</summary>
public sealed record TagDescription
{
    [JsonPropertyName("ResourceId")] public string? ResourceId { get; init; }
    [JsonPropertyName("ResourceType")] public string? ResourceType { get; init; }
    [JsonPropertyName("Key")] public string? Key { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
    [JsonPropertyName("PropagateAtLaunch")] public bool? PropagateAtLaunch { get; init; }
}

/// <summary>An instance of a group (Auto Scaling <c>Instance</c>).</summary>
public sealed record Instance
{
    [JsonPropertyName("InstanceId")] public string? InstanceId { get; init; }
    [JsonPropertyName("InstanceType")] public string? InstanceType { get; init; }
    [JsonPropertyName("AvailabilityZone")] public string? AvailabilityZone { get; init; }
    [JsonPropertyName("LifecycleState")] public string? LifecycleState { get; init; }
    [JsonPropertyName("HealthStatus")] public string? HealthStatus { get; init; }
    [JsonPropertyName("LaunchTemplate")] public LaunchTemplateSpecification? LaunchTemplate { get; init; }
    [JsonPropertyName("ProtectedFromScaleIn")] public bool? ProtectedFromScaleIn { get; init; }
}

/// <summary>An EC2 Auto Scaling group.</summary>
public sealed record AutoScalingGroup
{
    [JsonPropertyName("AutoScalingGroupName")] public string? AutoScalingGroupName { get; init; }
    [JsonPropertyName("AutoScalingGroupARN")] public string? AutoScalingGroupARN { get; init; }
    [JsonPropertyName("LaunchTemplate")] public LaunchTemplateSpecification? LaunchTemplate { get; init; }
    [JsonPropertyName("MinSize")] public int? MinSize { get; init; }
    [JsonPropertyName("MaxSize")] public int? MaxSize { get; init; }
    [JsonPropertyName("DesiredCapacity")] public int? DesiredCapacity { get; init; }
    [JsonPropertyName("DefaultCooldown")] public int? DefaultCooldown { get; init; }
    [JsonPropertyName("AvailabilityZones")] public IReadOnlyList<string>? AvailabilityZones { get; init; }
    [JsonPropertyName("HealthCheckType")] public string? HealthCheckType { get; init; }
    [JsonPropertyName("HealthCheckGracePeriod")] public int? HealthCheckGracePeriod { get; init; }
    [JsonPropertyName("Instances")] public IReadOnlyList<Instance>? Instances { get; init; }
    [JsonPropertyName("CreatedTime")] public DateTimeOffset? CreatedTime { get; init; }
    [JsonPropertyName("VPCZoneIdentifier")] public string? VPCZoneIdentifier { get; init; }
    [JsonPropertyName("Status")] public string? Status { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<TagDescription>? Tags { get; init; }
    [JsonPropertyName("NewInstancesProtectedFromScaleIn")] public bool? NewInstancesProtectedFromScaleIn { get; init; }
    [JsonPropertyName("ServiceLinkedRoleARN")] public string? ServiceLinkedRoleARN { get; init; }
}
