using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ec2;

/// <summary>An EC2 <c>Filter</c>: resources whose <c>Name</c> attribute has one of the <c>Values</c> (e.g. vpc-id).</summary>
public sealed record Filter
{
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("Values")] public IReadOnlyList<string>? Values { get; init; }

    /// <summary>The common case: one attribute, one value.</summary>
    public static Filter By(string name, string value) => new() { Name = name, Values = [value] };
}

/// <summary>An EC2 <c>Tag</c>.</summary>
public sealed record Tag
{
    [JsonPropertyName("Key")] public string? Key { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
}

/// <summary>Tags to put on a resource as it is created (<c>ResourceType</c> e.g. security-group, launch-template).</summary>
public sealed record TagSpecification
{
    [JsonPropertyName("ResourceType")] public string? ResourceType { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>An EC2 <c>Vpc</c>.</summary>
public sealed record Vpc
{
    [JsonPropertyName("VpcId")] public string? VpcId { get; init; }
    [JsonPropertyName("CidrBlock")] public string? CidrBlock { get; init; }
    [JsonPropertyName("State")] public string? State { get; init; }
    [JsonPropertyName("IsDefault")] public bool? IsDefault { get; init; }
    [JsonPropertyName("OwnerId")] public string? OwnerId { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>An EC2 <c>Subnet</c>.</summary>
public sealed record Subnet
{
    [JsonPropertyName("SubnetId")] public string? SubnetId { get; init; }
    [JsonPropertyName("VpcId")] public string? VpcId { get; init; }
    [JsonPropertyName("AvailabilityZone")] public string? AvailabilityZone { get; init; }
    [JsonPropertyName("AvailabilityZoneId")] public string? AvailabilityZoneId { get; init; }
    [JsonPropertyName("CidrBlock")] public string? CidrBlock { get; init; }
    [JsonPropertyName("State")] public string? State { get; init; }
    [JsonPropertyName("AvailableIpAddressCount")] public int? AvailableIpAddressCount { get; init; }
    [JsonPropertyName("DefaultForAz")] public bool? DefaultForAz { get; init; }
    [JsonPropertyName("MapPublicIpOnLaunch")] public bool? MapPublicIpOnLaunch { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>An EC2 <c>IpRange</c> of a security group permission.</summary>
public sealed record IpRange
{
    [JsonPropertyName("CidrIp")] public string? CidrIp { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
}

/// <summary>A security group named as the source of a permission (EC2 <c>UserIdGroupPair</c>).</summary>
public sealed record UserIdGroupPair
{
    [JsonPropertyName("GroupId")] public string? GroupId { get; init; }
    [JsonPropertyName("UserId")] public string? UserId { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
}

/// <summary>An EC2 <c>IpPermission</c>: protocol (tcp, udp, icmp or -1), port range and sources.</summary>
public sealed record IpPermission
{
    [JsonPropertyName("IpProtocol")] public string? IpProtocol { get; init; }
    [JsonPropertyName("FromPort")] public int? FromPort { get; init; }
    [JsonPropertyName("ToPort")] public int? ToPort { get; init; }
    [JsonPropertyName("IpRanges")] public IReadOnlyList<IpRange>? IpRanges { get; init; }
    [JsonPropertyName("UserIdGroupPairs")] public IReadOnlyList<UserIdGroupPair>? UserIdGroupPairs { get; init; }
}

/// <summary>An EC2 <c>SecurityGroup</c>.</summary>
public sealed record SecurityGroup
{
    [JsonPropertyName("GroupId")] public string? GroupId { get; init; }
    [JsonPropertyName("GroupName")] public string? GroupName { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("VpcId")] public string? VpcId { get; init; }
    [JsonPropertyName("OwnerId")] public string? OwnerId { get; init; }
    [JsonPropertyName("IpPermissions")] public IReadOnlyList<IpPermission>? IpPermissions { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>One rule of a security group, as AuthorizeSecurityGroupIngress reports it (EC2 <c>SecurityGroupRule</c>).</summary>
public sealed record SecurityGroupRule
{
    [JsonPropertyName("SecurityGroupRuleId")] public string? SecurityGroupRuleId { get; init; }
    [JsonPropertyName("GroupId")] public string? GroupId { get; init; }
    [JsonPropertyName("IsEgress")] public bool? IsEgress { get; init; }
    [JsonPropertyName("IpProtocol")] public string? IpProtocol { get; init; }
    [JsonPropertyName("FromPort")] public int? FromPort { get; init; }
    [JsonPropertyName("ToPort")] public int? ToPort { get; init; }
    [JsonPropertyName("CidrIpv4")] public string? CidrIpv4 { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
}

/// <summary>An EC2 <c>LaunchTemplate</c> (the template, not its versions' data).</summary>
public sealed record LaunchTemplate
{
    [JsonPropertyName("LaunchTemplateId")] public string? LaunchTemplateId { get; init; }
    [JsonPropertyName("LaunchTemplateName")] public string? LaunchTemplateName { get; init; }
    [JsonPropertyName("CreateTime")] public DateTimeOffset? CreateTime { get; init; }
    [JsonPropertyName("CreatedBy")] public string? CreatedBy { get; init; }
    [JsonPropertyName("DefaultVersionNumber")] public long? DefaultVersionNumber { get; init; }
    [JsonPropertyName("LatestVersionNumber")] public long? LatestVersionNumber { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>The instance profile a launch template gives its instances, by name or ARN.</summary>
public sealed record LaunchTemplateIamInstanceProfileSpecification
{
    [JsonPropertyName("Arn")] public string? Arn { get; init; }
    [JsonPropertyName("Name")] public string? Name { get; init; }
}

/// <summary>Tags a launch template puts on what it launches (<c>ResourceType</c> instance, volume...).</summary>
public sealed record LaunchTemplateTagSpecification
{
    [JsonPropertyName("ResourceType")] public string? ResourceType { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<Tag>? Tags { get; init; }
}

/// <summary>What instances launched from the template get: image, type, profile, groups, base64 user data, tags.</summary>
public sealed record RequestLaunchTemplateData
{
    [JsonPropertyName("ImageId")] public string? ImageId { get; init; }
    [JsonPropertyName("InstanceType")] public string? InstanceType { get; init; }
    [JsonPropertyName("IamInstanceProfile")] public LaunchTemplateIamInstanceProfileSpecification? IamInstanceProfile { get; init; }
    [JsonPropertyName("SecurityGroupIds")] public IReadOnlyList<string>? SecurityGroupIds { get; init; }
    [JsonPropertyName("UserData")] public string? UserData { get; init; }
    [JsonPropertyName("TagSpecifications")] public IReadOnlyList<LaunchTemplateTagSpecification>? TagSpecifications { get; init; }
}
