using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>
/// The EC2, SSM and EC2 Auto Scaling cases, joined to <see cref="SandboxConformanceCases.All"/>: the default VPC and its
/// subnets, security groups, launch templates, the ECS-optimised AMI parameters and Auto Scaling groups.
/// </summary>
internal static class Ec2ConformanceCases
{
    public const string ProdSubnetA = "subnet-0a1e7c3b5d9f20011";
    public const string ProdSubnetB = "subnet-0a1e7c3b5d9f20012";
    private const string Al2023 = "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id";

    public static IReadOnlyDictionary<string, SandboxConformanceCases.CaseAsync> All { get; } = new Dictionary<string, SandboxConformanceCases.CaseAsync>(StringComparer.Ordinal)
    {
        ["ec2:DescribeVpcs"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("ec2", "DescribeVpcs", new Dictionary<string, string> { ["Filter.1.Name"] = "is-default", ["Filter.1.Value.1"] = "true" });
            Assert.Single(Values(reply, "vpcId"));
            Assert.Equal("true", Values(reply, "isDefault").Single());
        },
        ["ec2:DescribeSubnets"] = async (s, _) =>
        {
            var vpc = Values(await s.QueryAsync("ec2", "DescribeVpcs"), "vpcId").Single();
            var reply = await s.QueryAsync("ec2", "DescribeSubnets", new Dictionary<string, string> { ["Filter.1.Name"] = "vpc-id", ["Filter.1.Value.1"] = vpc });
            Assert.Contains(ProdSubnetA, Values(reply, "subnetId"));
            Assert.Equal(["eu-west-1a", "eu-west-1b", "eu-west-1c"], Values(reply, "availabilityZone").Distinct().Order(StringComparer.Ordinal));
            var paged = await s.QueryAsync("ec2", "DescribeSubnets", new Dictionary<string, string> { ["MaxResults"] = "5", ["SubnetId.1"] = ProdSubnetA });
            Assert.Equal([ProdSubnetA], Values(paged, "subnetId"));
        },
        ["ec2:DescribeSecurityGroups"] = async (s, _) =>
        {
            var reply = await s.QueryAsync("ec2", "DescribeSecurityGroups", new Dictionary<string, string> { ["Filter.1.Name"] = "group-name", ["Filter.1.Value.1"] = "ecs-tasks*" });
            Assert.Equal(["ecs-tasks", "ecs-tasks-staging"], Values(reply, "groupName"));
        },
        ["ec2:CreateSecurityGroup"] = async (s, _) =>
        {
            var reply = await CreateGroupAsync(s, "ecs-instances");
            Assert.StartsWith("sg-", Values(reply, "groupId").Single(), StringComparison.Ordinal);
            Assert.Equal("cluster", Values(reply, "key").Single());
        },
        ["ec2:AuthorizeSecurityGroupIngress"] = async (s, _) =>
        {
            var group = Values(await CreateGroupAsync(s, "alb-ingress"), "groupId").Single();
            var reply = await s.QueryAsync("ec2", "AuthorizeSecurityGroupIngress", new Dictionary<string, string>
            {
                ["GroupId"] = group,
                ["IpPermissions.1.IpProtocol"] = "tcp", ["IpPermissions.1.FromPort"] = "443", ["IpPermissions.1.ToPort"] = "443",
                ["IpPermissions.1.IpRanges.1.CidrIp"] = "0.0.0.0/0", ["IpPermissions.1.IpRanges.1.Description"] = "https",
                ["IpPermissions.2.IpProtocol"] = "tcp", ["IpPermissions.2.FromPort"] = "32768", ["IpPermissions.2.ToPort"] = "65535",
                ["IpPermissions.2.Groups.1.GroupId"] = group,
            });
            Assert.Equal("true", Values(reply, "return").Single());
            Assert.Equal(2, Values(reply, "securityGroupRuleId").Count);
            var described = await s.QueryAsync("ec2", "DescribeSecurityGroups", new Dictionary<string, string> { ["GroupId.1"] = group });
            Assert.Contains("443", Values(described, "fromPort"));
        },
        ["ec2:DeleteSecurityGroup"] = async (s, _) =>
        {
            var group = Values(await CreateGroupAsync(s, "short-lived"), "groupId").Single();
            var reply = await s.QueryAsync("ec2", "DeleteSecurityGroup", new Dictionary<string, string> { ["GroupId"] = group });
            Assert.Equal(group, Values(reply, "groupId").Single());
        },
        ["ec2:CreateLaunchTemplate"] = async (s, _) =>
        {
            var reply = await CreateTemplateAsync(s, "prod-ecs-instances", "prod");
            // The same client token again answers the same template, in the same shape.
            var retried = await CreateTemplateAsync(s, "prod-ecs-instances", "prod");
            Assert.StartsWith("lt-", Values(reply, "launchTemplateId").Single(), StringComparison.Ordinal);
            Assert.Equal("1", Values(reply, "latestVersionNumber").Single());
            Assert.Equal(Values(reply, "launchTemplateId"), Values(retried, "launchTemplateId"));
        },
        ["ec2:DescribeLaunchTemplates"] = async (s, _) =>
        {
            await CreateTemplateAsync(s, "described-template", "prod");
            var reply = await s.QueryAsync("ec2", "DescribeLaunchTemplates", new Dictionary<string, string> { ["LaunchTemplateName.1"] = "described-template" });
            Assert.Equal("described-template", Values(reply, "launchTemplateName").Single());
        },
        ["ec2:DeleteLaunchTemplate"] = async (s, _) =>
        {
            await CreateTemplateAsync(s, "deleted-template", "prod");
            var reply = await s.QueryAsync("ec2", "DeleteLaunchTemplate", new Dictionary<string, string> { ["LaunchTemplateName"] = "deleted-template" });
            Assert.Equal("deleted-template", Values(reply, "launchTemplateName").Single());
        },
        ["ssm:GetParameter"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ssm", "GetParameter", new JsonObject { ["Name"] = Al2023 });
            Assert.StartsWith("ami-", reply["Parameter"]!["Value"]!.GetValue<string>(), StringComparison.Ordinal);
        },
        ["ssm:GetParameters"] = async (s, _) =>
        {
            var reply = await s.JsonAsync("ssm", "GetParameters", new JsonObject { ["Names"] = new JsonArray(Al2023, "/no/such/parameter") });
            Assert.Single(reply["Parameters"]!.AsArray());
            Assert.Equal("/no/such/parameter", reply["InvalidParameters"]![0]!.GetValue<string>());
        },
        ["autoscaling:CreateAutoScalingGroup"] = async (s, advance) =>
        {
            await CreateTemplateAsync(s, "asg-create-template", "prod");
            await CreateGroupAsync(s, "asg-create", "asg-create-template", desired: 2);
            advance(TimeSpan.FromMinutes(1));
            var reply = await s.QueryAsync("autoscaling", "DescribeAutoScalingGroups", new Dictionary<string, string> { ["AutoScalingGroupNames.member.1"] = "asg-create" });
            Assert.Equal(["InService", "InService"], Values(reply, "LifecycleState"));
        },
        ["autoscaling:DescribeAutoScalingGroups"] = async (s, _) =>
        {
            await CreateTemplateAsync(s, "asg-describe-template", "prod");
            await CreateGroupAsync(s, "asg-describe-1", "asg-describe-template", desired: 1);
            await CreateGroupAsync(s, "asg-describe-2", "asg-describe-template", desired: 0);
            var first = await s.QueryAsync("autoscaling", "DescribeAutoScalingGroups", new Dictionary<string, string> { ["MaxRecords"] = "1" });
            var rest = await s.QueryAsync("autoscaling", "DescribeAutoScalingGroups", new Dictionary<string, string> { ["NextToken"] = Values(first, "NextToken").Single() });
            Assert.Equal(["asg-describe-1", "asg-describe-2"], Values(first, "AutoScalingGroupName").Concat(Values(rest, "AutoScalingGroupName")).Where(n => n.StartsWith("asg-describe", StringComparison.Ordinal)));
        },
        ["autoscaling:UpdateAutoScalingGroup"] = async (s, _) =>
        {
            await CreateTemplateAsync(s, "asg-update-template", "prod");
            await CreateGroupAsync(s, "asg-update", "asg-update-template", desired: 1);
            await s.QueryAsync("autoscaling", "UpdateAutoScalingGroup", new Dictionary<string, string> { ["AutoScalingGroupName"] = "asg-update", ["DesiredCapacity"] = "3" });
            var reply = await s.QueryAsync("autoscaling", "DescribeAutoScalingGroups", new Dictionary<string, string> { ["AutoScalingGroupNames.member.1"] = "asg-update" });
            Assert.Equal(3, Values(reply, "InstanceId").Count);
        },
        ["autoscaling:DeleteAutoScalingGroup"] = async (s, _) =>
        {
            await CreateTemplateAsync(s, "asg-delete-template", "prod");
            await CreateGroupAsync(s, "asg-delete", "asg-delete-template", desired: 1);
            await s.QueryAsync("autoscaling", "DeleteAutoScalingGroup", new Dictionary<string, string> { ["AutoScalingGroupName"] = "asg-delete", ["ForceDelete"] = "true" });
            var reply = await s.QueryAsync("autoscaling", "DescribeAutoScalingGroups", new Dictionary<string, string> { ["AutoScalingGroupNames.member.1"] = "asg-delete" });
            Assert.Empty(Values(reply, "AutoScalingGroupName"));
        },
    };

    public static string UserData(string cluster) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"#!/bin/bash\necho ECS_CLUSTER={cluster} >> /etc/ecs/ecs.config\n"));

    private static Task<XDocument> CreateGroupAsync(SandboxConformanceSession s, string name) =>
        s.QueryAsync("ec2", "CreateSecurityGroup", new Dictionary<string, string>
        {
            ["GroupName"] = name, ["GroupDescription"] = $"{name} of the prod cluster",
            ["TagSpecification.1.ResourceType"] = "security-group", ["TagSpecification.1.Tag.1.Key"] = "cluster", ["TagSpecification.1.Tag.1.Value"] = "prod",
        });

    private static Task<XDocument> CreateTemplateAsync(SandboxConformanceSession s, string name, string cluster) =>
        s.QueryAsync("ec2", "CreateLaunchTemplate", new Dictionary<string, string>
        {
            ["LaunchTemplateName"] = name,
            ["LaunchTemplateData.ImageId"] = "ami-0c9e1b5a7d3f24a61",
            ["LaunchTemplateData.InstanceType"] = "m5.large",
            ["LaunchTemplateData.IamInstanceProfile.Name"] = "ecsInstanceRole",
            ["LaunchTemplateData.SecurityGroupId.1"] = "sg-0d3f1a2b4c5e60071",
            ["LaunchTemplateData.UserData"] = UserData(cluster),
            ["TagSpecification.1.ResourceType"] = "launch-template", ["TagSpecification.1.Tag.1.Key"] = "cluster", ["TagSpecification.1.Tag.1.Value"] = cluster,
            ["ClientToken"] = "conformance-" + name,
        });

    private static Task<XDocument> CreateGroupAsync(SandboxConformanceSession s, string name, string template, int desired) =>
        s.QueryAsync("autoscaling", "CreateAutoScalingGroup", new Dictionary<string, string>
        {
            ["AutoScalingGroupName"] = name,
            ["LaunchTemplate.LaunchTemplateName"] = template, ["LaunchTemplate.Version"] = "$Latest",
            ["MinSize"] = "0", ["MaxSize"] = "4", ["DesiredCapacity"] = desired.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VPCZoneIdentifier"] = $"{ProdSubnetA},{ProdSubnetB}",
            ["NewInstancesProtectedFromScaleIn"] = "false",
            ["Tags.member.1.Key"] = "Name", ["Tags.member.1.Value"] = name, ["Tags.member.1.PropagateAtLaunch"] = "true",
        });

    private static List<string> Values(XDocument reply, string element) =>
        reply.Descendants().Where(e => e.Name.LocalName == element).Select(e => e.Value).ToList();
}
