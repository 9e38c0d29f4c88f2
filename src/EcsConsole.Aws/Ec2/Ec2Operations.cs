using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ec2;

/// <summary>Input of EC2 <c>DescribeVpcs</c>.</summary>
public sealed record DescribeVpcsRequest
{
    [JsonPropertyName("VpcIds")] public IReadOnlyList<string>? VpcIds { get; init; }
    [JsonPropertyName("Filters")] public IReadOnlyList<Filter>? Filters { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
}

/// <summary>Input of EC2 <c>DescribeSubnets</c>.</summary>
public sealed record DescribeSubnetsRequest
{
    [JsonPropertyName("SubnetIds")] public IReadOnlyList<string>? SubnetIds { get; init; }
    [JsonPropertyName("Filters")] public IReadOnlyList<Filter>? Filters { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
}

/// <summary>Input of EC2 <c>DescribeSecurityGroups</c>.</summary>
public sealed record DescribeSecurityGroupsRequest
{
    [JsonPropertyName("GroupIds")] public IReadOnlyList<string>? GroupIds { get; init; }
    [JsonPropertyName("GroupNames")] public IReadOnlyList<string>? GroupNames { get; init; }
    [JsonPropertyName("Filters")] public IReadOnlyList<Filter>? Filters { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
}

/// <summary>Input of EC2 <c>CreateSecurityGroup</c>.</summary>
public sealed record CreateSecurityGroupRequest
{
    [JsonPropertyName("GroupName")] public string? GroupName { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("VpcId")] public string? VpcId { get; init; }
    [JsonPropertyName("TagSpecifications")] public IReadOnlyList<TagSpecification>? TagSpecifications { get; init; }
}

/// <summary>Output of EC2 <c>CreateSecurityGroup</c>.</summary>
public sealed record CreateSecurityGroupResponse
{
    [JsonPropertyName("GroupId")] public string? GroupId { get; init; }
    [JsonPropertyName("SecurityGroupArn")] public string? SecurityGroupArn { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>Input of EC2 <c>AuthorizeSecurityGroupIngress</c> (the IpPermissions form).</summary>
public sealed record AuthorizeSecurityGroupIngressRequest
{
    [JsonPropertyName("GroupId")] public string? GroupId { get; init; }
    [JsonPropertyName("IpPermissions")] public IReadOnlyList<IpPermission>? IpPermissions { get; init; }
}

/// <summary>Output of EC2 <c>AuthorizeSecurityGroupIngress</c>.</summary>
public sealed record AuthorizeSecurityGroupIngressResponse
{
    [JsonPropertyName("Return")] public bool? Return { get; init; }
    [JsonPropertyName("SecurityGroupRules")] public IReadOnlyList<SecurityGroupRule>? SecurityGroupRules { get; init; }
}

/// <summary>Input of EC2 <c>DeleteSecurityGroup</c>.</summary>
public sealed record DeleteSecurityGroupRequest
{
    [JsonPropertyName("GroupId")] public string? GroupId { get; init; }
    [JsonPropertyName("GroupName")] public string? GroupName { get; init; }
}

/// <summary>Output of EC2 <c>DeleteSecurityGroup</c>.</summary>
public sealed record DeleteSecurityGroupResponse
{
    [JsonPropertyName("Return")] public bool? Return { get; init; }
    [JsonPropertyName("GroupId")] public string? GroupId { get; init; }
}

/// <summary>Input of EC2 <c>CreateLaunchTemplate</c>.</summary>
public sealed record CreateLaunchTemplateRequest
{
    [JsonPropertyName("LaunchTemplateName")] public string? LaunchTemplateName { get; init; }
    [JsonPropertyName("VersionDescription")] public string? VersionDescription { get; init; }
    [JsonPropertyName("LaunchTemplateData")] public RequestLaunchTemplateData? LaunchTemplateData { get; init; }
    [JsonPropertyName("TagSpecifications")] public IReadOnlyList<TagSpecification>? TagSpecifications { get; init; }

    /// <summary>
    /// Makes the create idempotent (at most 128 ASCII characters): the same token with the same parameters answers the
    /// first request's template; with other parameters EC2 refuses it (IdempotentParameterMismatch). The SDK makes one up
    /// when left out, so its own retries are safe.
    /// </summary>
    [JsonPropertyName("ClientToken")] public string? ClientToken { get; init; }
}

/// <summary>Output of EC2 <c>CreateLaunchTemplate</c>.</summary>
public sealed record CreateLaunchTemplateResponse
{
    [JsonPropertyName("LaunchTemplate")] public LaunchTemplate? LaunchTemplate { get; init; }
}

/// <summary>Input of EC2 <c>DescribeLaunchTemplates</c>.</summary>
public sealed record DescribeLaunchTemplatesRequest
{
    [JsonPropertyName("LaunchTemplateIds")] public IReadOnlyList<string>? LaunchTemplateIds { get; init; }
    [JsonPropertyName("LaunchTemplateNames")] public IReadOnlyList<string>? LaunchTemplateNames { get; init; }
    [JsonPropertyName("Filters")] public IReadOnlyList<Filter>? Filters { get; init; }
    [JsonPropertyName("NextToken")] public string? NextToken { get; init; }
    [JsonPropertyName("MaxResults")] public int? MaxResults { get; init; }
}

/// <summary>Input of EC2 <c>DeleteLaunchTemplate</c>.</summary>
public sealed record DeleteLaunchTemplateRequest
{
    [JsonPropertyName("LaunchTemplateId")] public string? LaunchTemplateId { get; init; }
    [JsonPropertyName("LaunchTemplateName")] public string? LaunchTemplateName { get; init; }
}

/// <summary>Output of EC2 <c>DeleteLaunchTemplate</c>.</summary>
public sealed record DeleteLaunchTemplateResponse
{
    [JsonPropertyName("LaunchTemplate")] public LaunchTemplate? LaunchTemplate { get; init; }
}
