using System.Text.Json.Serialization;

namespace EcsConsole.Aws.AutoScaling;

/// <summary>Input of EC2 Auto Scaling <c>CreateAutoScalingGroup</c> (launch template form). VPCZoneIdentifier is comma-separated subnet ids.</summary>
public sealed record CreateAutoScalingGroupRequest
{
    [JsonPropertyName("AutoScalingGroupName")] public string AutoScalingGroupName { get; init; } = "";
    [JsonPropertyName("LaunchTemplate")] public LaunchTemplateSpecification? LaunchTemplate { get; init; }
    [JsonPropertyName("MinSize")] public int MinSize { get; init; }
    [JsonPropertyName("MaxSize")] public int MaxSize { get; init; }
    [JsonPropertyName("DesiredCapacity")] public int? DesiredCapacity { get; init; }
    [JsonPropertyName("HealthCheckGracePeriod")] public int? HealthCheckGracePeriod { get; init; }
    [JsonPropertyName("VPCZoneIdentifier")] public string? VPCZoneIdentifier { get; init; }
    [JsonPropertyName("NewInstancesProtectedFromScaleIn")] public bool? NewInstancesProtectedFromScaleIn { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>Input of EC2 Auto Scaling <c>DescribeAutoScalingGroups</c>.</summary>
public sealed record DescribeAutoScalingGroupsRequest
{
    [JsonPropertyName("AutoScalingGroupNames")] public IReadOnlyList<string>? AutoScalingGroupNames { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("MaxRecords")] public int? MaxRecords { get; init; }
}

/// <summary>Output of EC2 Auto Scaling <c>DescribeAutoScalingGroups</c>.</summary>
public sealed record DescribeAutoScalingGroupsResponse
{
    [JsonPropertyName("AutoScalingGroups")] public IReadOnlyList<AutoScalingGroup>? AutoScalingGroups { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
}

/// <summary>Input of EC2 Auto Scaling <c>UpdateAutoScalingGroup</c>: members left null keep their value.</summary>
public sealed record UpdateAutoScalingGroupRequest
{
    [JsonPropertyName("AutoScalingGroupName")] public string AutoScalingGroupName { get; init; } = "";
    [JsonPropertyName("LaunchTemplate")] public LaunchTemplateSpecification? LaunchTemplate { get; init; }
    [JsonPropertyName("MinSize")] public int? MinSize { get; init; }
    [JsonPropertyName("MaxSize")] public int? MaxSize { get; init; }
    [JsonPropertyName("DesiredCapacity")] public int? DesiredCapacity { get; init; }
    [JsonPropertyName("VPCZoneIdentifier")] public string? VPCZoneIdentifier { get; init; }
    [JsonPropertyName("NewInstancesProtectedFromScaleIn")] public bool? NewInstancesProtectedFromScaleIn { get; init; }
}

/// <summary>Input of EC2 Auto Scaling <c>DeleteAutoScalingGroup</c>; ForceDelete terminates the instances with it.</summary>
public sealed record DeleteAutoScalingGroupRequest
{
    [JsonPropertyName("AutoScalingGroupName")] public string AutoScalingGroupName { get; init; } = "";
    [JsonPropertyName("ForceDelete")] public bool? ForceDelete { get; init; }
}
