using System.Globalization;
using System.Xml.Linq;
using EcsConsole.Sandbox.Engine.Ec2;

namespace EcsConsole.Sandbox.Protocol.Ec2;

/// <summary>The EC2 response elements, named by the model's locationName (camelCase, lists as xxxSet/item).</summary>
public sealed partial class Ec2QueryApi
{
    private XElement E(string name, object? content) => new(Namespace + name, content);

    private static string Bool(bool value) => value ? "true" : "false";

    private IEnumerable<XElement> NextToken(string? next) => next is null ? [] : [E("nextToken", next)];

    private XElement TagSet(IReadOnlyDictionary<string, string> tags) =>
        E("tagSet", tags.Select(t => E("item", new[] { E("key", t.Key), E("value", t.Value) })));

    private IEnumerable<XElement> OptionalTags(IReadOnlyDictionary<string, string> tags) => tags.Count == 0 ? [] : [TagSet(tags)];

    private XElement VpcItem(VpcState vpc) => E("item", new object[]
    {
        E("ownerId", _engine.Arns.AccountId),
        E("instanceTenancy", "default"),
        E("cidrBlockAssociationSet", E("item", new[]
        {
            E("associationId", "vpc-cidr-assoc-0" + vpc.Id[5..]),
            E("cidrBlock", vpc.CidrBlock),
            E("cidrBlockState", E("state", "associated")),
        })),
        E("isDefault", Bool(vpc.IsDefault)),
        OptionalTags(vpc.Tags),
        E("vpcId", vpc.Id),
        E("state", "available"),
        E("cidrBlock", vpc.CidrBlock),
        E("dhcpOptionsId", "dopt-0" + vpc.Id[5..]),
    });

    private XElement SubnetItem(SubnetState subnet) => E("item", new object[]
    {
        E("availabilityZoneId", subnet.AvailabilityZoneId),
        E("mapCustomerOwnedIpOnLaunch", "false"),
        E("ownerId", _engine.Arns.AccountId),
        E("assignIpv6AddressOnCreation", "false"),
        E("ipv6CidrBlockAssociationSet", null),
        OptionalTags(subnet.Tags),
        E("subnetArn", $"arn:aws:ec2:{_engine.Arns.Region}:{_engine.Arns.AccountId}:subnet/{subnet.Id}"),
        E("enableDns64", "false"),
        E("ipv6Native", "false"),
        E("privateDnsNameOptionsOnLaunch", new[]
        {
            E("hostnameType", "ip-name"),
            E("enableResourceNameDnsARecord", "false"),
            E("enableResourceNameDnsAAAARecord", "false"),
        }),
        E("subnetId", subnet.Id),
        E("state", "available"),
        E("vpcId", subnet.VpcId),
        E("cidrBlock", subnet.CidrBlock),
        E("availableIpAddressCount", 4091),
        E("availabilityZone", subnet.AvailabilityZone),
        E("defaultForAz", Bool(subnet.DefaultForAz)),
        E("mapPublicIpOnLaunch", "false"),
    });

    private XElement SecurityGroupItem(SecurityGroupState group) => E("item", new object[]
    {
        E("groupId", group.Id),
        E("ipPermissionsEgress", E("item", new object[]
        {
            E("ipProtocol", "-1"),
            E("groups", null),
            E("ipRanges", E("item", E("cidrIp", "0.0.0.0/0"))),
            E("ipv6Ranges", null),
            E("prefixListIds", null),
        })),
        OptionalTags(group.Tags),
        E("vpcId", group.VpcId),
        E("securityGroupArn", SecurityGroupArn(group.Id)),
        E("ownerId", _engine.Arns.AccountId),
        E("groupName", group.Name),
        E("groupDescription", group.Description),
        E("ipPermissions", Permissions(group.Ingress)),
    });

    // EC2 groups rules with the same protocol and ports into one permission with several peers.
    private IEnumerable<XElement> Permissions(IReadOnlyList<IngressRuleState> rules) =>
        rules.GroupBy(r => (r.Protocol, r.FromPort, r.ToPort)).Select(permission => E("item", new object?[]
        {
            E("ipProtocol", permission.Key.Protocol),
            permission.Key.FromPort is { } from ? E("fromPort", from) : null,
            permission.Key.ToPort is { } to ? E("toPort", to) : null,
            E("groups", permission.Where(r => r.SourceGroupId is not null).Select(r => E("item", new object?[]
            {
                r.Description is null ? null : E("description", r.Description),
                E("userId", _engine.Arns.AccountId),
                E("groupId", r.SourceGroupId),
            }))),
            E("ipRanges", permission.Where(r => r.CidrIp is not null).Select(r => E("item", new object?[]
            {
                r.Description is null ? null : E("description", r.Description),
                E("cidrIp", r.CidrIp),
            }))),
            E("ipv6Ranges", null),
            E("prefixListIds", null),
        }));

    private XElement RuleItem(string groupId, IngressRuleState rule) => E("item", new object?[]
    {
        E("securityGroupRuleId", rule.RuleId),
        E("groupId", groupId),
        E("groupOwnerId", _engine.Arns.AccountId),
        E("isEgress", "false"),
        E("ipProtocol", rule.Protocol),
        E("fromPort", rule.FromPort ?? -1),
        E("toPort", rule.ToPort ?? -1),
        rule.CidrIp is null ? null : E("cidrIpv4", rule.CidrIp),
        rule.SourceGroupId is null ? null : E("referencedGroupInfo", new[] { E("groupId", rule.SourceGroupId), E("userId", _engine.Arns.AccountId) }),
        rule.Description is null ? null : E("description", rule.Description),
        E("securityGroupRuleArn", $"arn:aws:ec2:{_engine.Arns.Region}:{_engine.Arns.AccountId}:security-group-rule/{rule.RuleId}"),
    });

    private XElement LaunchTemplateElement(string name, LaunchTemplateState template) => E(name, new object[]
    {
        E("launchTemplateId", template.Id),
        E("launchTemplateName", template.Name),
        E("createTime", template.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", CultureInfo.InvariantCulture)),
        E("createdBy", template.CreatedBy),
        E("defaultVersionNumber", 1),
        E("latestVersionNumber", 1),
        OptionalTags(template.Tags),
    });
}
