using System.Text;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards;

namespace EcsConsole.Core.Tests.Wizards.Ec2;

/// <summary>
/// The EC2 capacity part of a cluster plan, as the cluster wizard builds it: an instance security group and its ingress, a
/// launch template whose user data joins the cluster, and an Auto Scaling group launching it, each referring to the last.
/// </summary>
internal static class Ec2CapacityPlan
{
    public const string GroupName = "prod-ecs-asg";

    public static WizardPlan Build(string cluster = "prod", string vpcId = "vpc-0c1d2e3f4a5b60001")
    {
        var userData = Convert.ToBase64String(Encoding.UTF8.GetBytes($"#!/bin/bash\necho ECS_CLUSTER={cluster} >> /etc/ecs/ecs.config\n"));
        PlannedCall[] calls =
        [
            new("ec2", "CreateSecurityGroup",
                Json(new JsonObject
                {
                    ["GroupName"] = $"{cluster}-ecs-instances", ["Description"] = $"ECS container instances of {cluster}", ["VpcId"] = vpcId,
                    ["TagSpecifications"] = new JsonArray(new JsonObject { ["ResourceType"] = "security-group", ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "cluster", ["Value"] = cluster }) }),
                }),
                $"security group {cluster}-ecs-instances", new UndoCall("DeleteSecurityGroup", Json(new JsonObject { ["GroupId"] = "${InstanceGroup.Id}" })),
                $"DescribeSecurityGroups group-name {cluster}-ecs-instances")
            {
                Key = "InstanceGroup",
                Outputs = new Dictionary<string, string> { ["Id"] = "GroupId" },
                Lookup = new CallLookup("DescribeSecurityGroups",
                    Json(new JsonObject
                    {
                        ["Filters"] = new JsonArray(
                            new JsonObject { ["Name"] = "group-name", ["Values"] = new JsonArray($"{cluster}-ecs-instances") },
                            new JsonObject { ["Name"] = "vpc-id", ["Values"] = new JsonArray(vpcId) }),
                    }),
                    new Dictionary<string, string> { ["Id"] = "SecurityGroups[0].GroupId" }),
            },
            new("ec2", "AuthorizeSecurityGroupIngress",
                Json(new JsonObject
                {
                    ["GroupId"] = "${InstanceGroup.Id}",
                    ["IpPermissions"] = new JsonArray(new JsonObject
                    {
                        ["IpProtocol"] = "tcp", ["FromPort"] = 32768, ["ToPort"] = 65535,
                        ["UserIdGroupPairs"] = new JsonArray(new JsonObject { ["GroupId"] = "sg-0d3f1a2b4c5e60071", ["Description"] = "from the load balancers" }),
                    }),
                }),
                "ingress tcp 32768-65535 from sg-0d3f1a2b4c5e60071", null, "DescribeSecurityGroups (rules)"),
            new("ec2", "CreateLaunchTemplate",
                Json(new JsonObject
                {
                    ["LaunchTemplateName"] = $"{cluster}-ecs",
                    ["LaunchTemplateData"] = new JsonObject
                    {
                        ["ImageId"] = "ami-0c9e1b5a7d3f24a61", ["InstanceType"] = "m5.large",
                        ["IamInstanceProfile"] = new JsonObject { ["Name"] = "ecsInstanceRole" },
                        ["SecurityGroupIds"] = new JsonArray("${InstanceGroup.Id}"),
                        ["UserData"] = userData,
                    },
                }),
                $"launch template {cluster}-ecs", new UndoCall("DeleteLaunchTemplate", Json(new JsonObject { ["LaunchTemplateId"] = "${LaunchTemplate.Id}" })),
                $"DescribeLaunchTemplates {cluster}-ecs")
            {
                Key = "LaunchTemplate",
                Outputs = new Dictionary<string, string> { ["Id"] = "LaunchTemplate.LaunchTemplateId" },
                Lookup = new CallLookup("DescribeLaunchTemplates", Json(new JsonObject { ["LaunchTemplateNames"] = new JsonArray($"{cluster}-ecs") }),
                    new Dictionary<string, string> { ["Id"] = "LaunchTemplates[0].LaunchTemplateId" }),
            },
            new("autoscaling", "CreateAutoScalingGroup",
                Json(new JsonObject
                {
                    ["AutoScalingGroupName"] = GroupName,
                    ["LaunchTemplate"] = new JsonObject { ["LaunchTemplateId"] = "${LaunchTemplate.Id}", ["Version"] = "$Latest" },
                    ["MinSize"] = 0, ["MaxSize"] = 4, ["DesiredCapacity"] = 2,
                    ["VPCZoneIdentifier"] = "subnet-0a1e7c3b5d9f20011,subnet-0a1e7c3b5d9f20012",
                    ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "Name", ["Value"] = $"{cluster}-ecs", ["PropagateAtLaunch"] = true }),
                }),
                $"Auto Scaling group {GroupName}", new UndoCall("DeleteAutoScalingGroup", Json(new JsonObject { ["AutoScalingGroupName"] = GroupName, ["ForceDelete"] = true })),
                $"DescribeAutoScalingGroups {GroupName}")
            {
                Key = "Group",
                Outputs = new Dictionary<string, string> { ["Arn"] = "AutoScalingGroups[0].AutoScalingGroupARN" },
                Lookup = new CallLookup("DescribeAutoScalingGroups", Json(new JsonObject { ["AutoScalingGroupNames"] = new JsonArray(GroupName) }),
                    new Dictionary<string, string> { ["Arn"] = "AutoScalingGroups[0].AutoScalingGroupARN" }),
            },
        ];
        return new WizardPlan("cluster", $"EC2 capacity for {cluster}", calls);
    }

    private static string Json(JsonObject body) => body.ToJsonString();
}
