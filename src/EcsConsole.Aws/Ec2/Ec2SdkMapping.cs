using EcsConsole.Aws.Sdk;
using Model = Amazon.EC2.Model;

namespace EcsConsole.Aws.Ec2;

/// <summary>Our EC2 records to and from AWSSDK.EC2's model types, member by member (the SDK names IpRanges Ipv4Ranges).</summary>
internal static class Ec2SdkMapping
{
    public static List<Model.Filter>? ToSdk(IReadOnlyList<Filter>? filters) =>
        filters?.Select(f => new Model.Filter { Name = f.Name, Values = f.Values?.ToList() }).ToList();

    public static List<Model.Tag>? ToSdk(IReadOnlyList<Tag>? tags) =>
        tags?.Select(t => new Model.Tag { Key = t.Key, Value = t.Value }).ToList();

    public static List<Model.TagSpecification>? ToSdk(IReadOnlyList<TagSpecification>? specifications) =>
        specifications?.Select(s => new Model.TagSpecification { ResourceType = s.ResourceType, Tags = ToSdk(s.Tags) }).ToList();

    public static Model.IpPermission ToSdk(IpPermission permission) => new()
    {
        IpProtocol = permission.IpProtocol,
        FromPort = permission.FromPort,
        ToPort = permission.ToPort,
        Ipv4Ranges = permission.IpRanges?.Select(r => new Model.IpRange { CidrIp = r.CidrIp, Description = r.Description }).ToList(),
        UserIdGroupPairs = permission.UserIdGroupPairs?.Select(p => new Model.UserIdGroupPair { GroupId = p.GroupId, UserId = p.UserId, Description = p.Description }).ToList(),
    };

    public static Model.RequestLaunchTemplateData? ToSdk(RequestLaunchTemplateData? data) => data is null ? null : new()
    {
        ImageId = data.ImageId,
        InstanceType = data.InstanceType,
        IamInstanceProfile = data.IamInstanceProfile is { } profile
            ? new Model.LaunchTemplateIamInstanceProfileSpecificationRequest { Arn = profile.Arn, Name = profile.Name }
            : null,
        SecurityGroupIds = data.SecurityGroupIds?.ToList(),
        UserData = data.UserData,
        TagSpecifications = data.TagSpecifications?
            .Select(s => new Model.LaunchTemplateTagSpecificationRequest { ResourceType = s.ResourceType, Tags = ToSdk(s.Tags) }).ToList(),
    };

    public static List<Tag>? FromSdk(List<Model.Tag>? tags) => tags?.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();

    public static Vpc FromSdk(Model.Vpc vpc) => new()
    {
        VpcId = vpc.VpcId,
        CidrBlock = vpc.CidrBlock,
        State = vpc.State?.Value,
        IsDefault = vpc.IsDefault,
        OwnerId = vpc.OwnerId,
        Tags = FromSdk(vpc.Tags),
    };

    public static Subnet FromSdk(Model.Subnet subnet) => new()
    {
        SubnetId = subnet.SubnetId,
        VpcId = subnet.VpcId,
        AvailabilityZone = subnet.AvailabilityZone,
        AvailabilityZoneId = subnet.AvailabilityZoneId,
        CidrBlock = subnet.CidrBlock,
        State = subnet.State?.Value,
        AvailableIpAddressCount = subnet.AvailableIpAddressCount,
        DefaultForAz = subnet.DefaultForAz,
        MapPublicIpOnLaunch = subnet.MapPublicIpOnLaunch,
        Tags = FromSdk(subnet.Tags),
    };

    public static SecurityGroup FromSdk(Model.SecurityGroup group) => new()
    {
        GroupId = group.GroupId,
        GroupName = group.GroupName,
        Description = group.Description,
        VpcId = group.VpcId,
        OwnerId = group.OwnerId,
        IpPermissions = group.IpPermissions?.Select(FromSdk).ToList(),
        Tags = FromSdk(group.Tags),
    };

    public static IpPermission FromSdk(Model.IpPermission permission) => new()
    {
        IpProtocol = permission.IpProtocol,
        FromPort = permission.FromPort,
        ToPort = permission.ToPort,
        IpRanges = permission.Ipv4Ranges?.Select(r => new IpRange { CidrIp = r.CidrIp, Description = r.Description }).ToList(),
        UserIdGroupPairs = permission.UserIdGroupPairs?.Select(p => new UserIdGroupPair { GroupId = p.GroupId, UserId = p.UserId, Description = p.Description }).ToList(),
    };

    public static SecurityGroupRule FromSdk(Model.SecurityGroupRule rule) => new()
    {
        SecurityGroupRuleId = rule.SecurityGroupRuleId,
        GroupId = rule.GroupId,
        IsEgress = rule.IsEgress,
        IpProtocol = rule.IpProtocol,
        FromPort = rule.FromPort,
        ToPort = rule.ToPort,
        CidrIpv4 = rule.CidrIpv4,
        Description = rule.Description,
    };

    public static LaunchTemplate? FromSdk(Model.LaunchTemplate? template) => template is null ? null : new()
    {
        LaunchTemplateId = template.LaunchTemplateId,
        LaunchTemplateName = template.LaunchTemplateName,
        CreateTime = SdkTimestamps.Utc(template.CreateTime),
        CreatedBy = template.CreatedBy,
        DefaultVersionNumber = template.DefaultVersionNumber,
        LatestVersionNumber = template.LatestVersionNumber,
        Tags = FromSdk(template.Tags),
    };
}
