using System.Text;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;

namespace EcsConsole.Core.Tests.Wizards.Clusters;

public sealed class ClusterWizardPlanTests
{
    [Fact]
    public void Plan_Fargate_OneCreateClusterWithProvidersStrategySettingsAndTags()
    {
        var (plan, errors) = ClusterWizard.Plan(ClusterWizardInputs.Fargate());

        Assert.Empty(errors);
        var call = Assert.Single(plan!.Calls);
        Assert.Equal(("ecs", "CreateCluster", "Cluster"), (call.Service, call.Operation, call.Key));
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("qa", body["clusterName"]!.GetValue<string>());
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], body["capacityProviders"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal([("FARGATE", 1, 1), ("FARGATE_SPOT", 3, 0)], body["defaultCapacityProviderStrategy"]!.AsArray()
            .Select(s => (s!["capacityProvider"]!.GetValue<string>(), s["weight"]!.GetValue<int>(), s["base"]!.GetValue<int>())));
        Assert.Equal("enhanced", body["settings"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(["team", "environment"], body["tags"]!.AsArray().Select(t => t!["key"]!.GetValue<string>()));
        Assert.Equal("DeleteCluster", call.Undo!.Operation);
    }

    [Fact]
    public void Plan_FargateSpotWithoutWeight_LeftOutOfTheStrategy()
    {
        var input = ClusterWizardInputs.Fargate();
        input.FargateSpotWeight = 0;

        var body = JsonNode.Parse(ClusterWizard.Plan(input).Plan!.Calls[0].Body)!;

        Assert.Equal(["FARGATE"], body["defaultCapacityProviderStrategy"]!.AsArray().Select(s => s!["capacityProvider"]!.GetValue<string>()));
        Assert.Equal(2, body["capacityProviders"]!.AsArray().Count);
    }

    [Fact]
    public void Plan_Ec2_ClusterTemplateGroupProviderAssociationInOrder()
    {
        var (plan, errors) = ClusterWizard.Plan(ClusterWizardInputs.Ec2(), ClusterWizardInputs.Ami);

        Assert.Empty(errors);
        Assert.Equal(["ecs:CreateCluster", "ec2:CreateLaunchTemplate", "autoscaling:CreateAutoScalingGroup", "ecs:CreateCapacityProvider", "ecs:PutClusterCapacityProviders"],
            plan!.Calls.Select(c => c.Action));
        PlanReferences.Validate(plan);
    }

    [Fact]
    public void Plan_Ec2_LaunchTemplateJoinsTheClusterWithTheResolvedAmi()
    {
        var plan = ClusterWizard.Plan(ClusterWizardInputs.Ec2(), ClusterWizardInputs.Ami).Plan!;

        var template = plan.Calls[1];
        var data = JsonNode.Parse(template.Body)!["LaunchTemplateData"]!;
        Assert.Equal("ami-0a1b2c3d4e5f60718", data["ImageId"]!.GetValue<string>());
        Assert.Equal("t3.large", data["InstanceType"]!.GetValue<string>());
        Assert.Equal("ecs-instance", data["IamInstanceProfile"]!["Name"]!.GetValue<string>());
        Assert.Equal(["sg-0d3f1a2b4c5e60071"], data["SecurityGroupIds"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal("#!/bin/bash\necho ECS_CLUSTER=batch >> /etc/ecs/ecs.config\n", Encoding.UTF8.GetString(Convert.FromBase64String(data["UserData"]!.GetValue<string>())));
        Assert.Contains("/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id", template.Creates, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Ec2_GroupSizesSubnetsAndScaleInProtection()
    {
        var plan = ClusterWizard.Plan(ClusterWizardInputs.Ec2(), ClusterWizardInputs.Ami).Plan!;

        var group = plan.Calls[2];
        var body = JsonNode.Parse(group.Body)!;
        Assert.Equal((1, 2, 4), (body["MinSize"]!.GetValue<int>(), body["DesiredCapacity"]!.GetValue<int>(), body["MaxSize"]!.GetValue<int>()));
        Assert.Equal("subnet-0a1e7c3b5d9f20011,subnet-0a1e7c3b5d9f20012", body["VPCZoneIdentifier"]!.GetValue<string>());
        Assert.Equal("batch-lt", body["LaunchTemplate"]!["LaunchTemplateName"]!.GetValue<string>());
        Assert.True(body["NewInstancesProtectedFromScaleIn"]!.GetValue<bool>());
        Assert.True(body["Tags"]![0]!["PropagateAtLaunch"]!.GetValue<bool>());
        Assert.Equal("AutoScalingGroups[0].AutoScalingGroupARN", group.Outputs!["Arn"]);
        Assert.True(JsonNode.Parse(group.Undo!.Body)!["ForceDelete"]!.GetValue<bool>());
    }

    [Fact]
    public void Plan_Ec2_ProviderAndAssociationReferToEarlierOutputs()
    {
        var plan = ClusterWizard.Plan(ClusterWizardInputs.Ec2(), ClusterWizardInputs.Ami).Plan!;

        var provider = JsonNode.Parse(plan.Calls[3].Body)!;
        Assert.Equal("batch-cp", provider["name"]!.GetValue<string>());
        Assert.Equal("${AutoScalingGroup.Arn}", provider["autoScalingGroupProvider"]!["autoScalingGroupArn"]!.GetValue<string>());
        Assert.Equal(90, provider["autoScalingGroupProvider"]!["managedScaling"]!["targetCapacity"]!.GetValue<int>());
        Assert.Equal("ENABLED", provider["autoScalingGroupProvider"]!["managedTerminationProtection"]!.GetValue<string>());
        var association = JsonNode.Parse(plan.Calls[4].Body)!;
        Assert.Equal("${Cluster.Name}", association["cluster"]!.GetValue<string>());
        Assert.Equal(["${CapacityProvider.Name}"], association["capacityProviders"]!.AsArray().Select(p => p!.GetValue<string>()));
        var undo = JsonNode.Parse(plan.Calls[4].Undo!.Body)!;
        Assert.Empty(undo["capacityProviders"]!.AsArray());
    }

    [Fact]
    public void Plan_InvalidInput_ErrorsAndNoPlan()
    {
        var input = ClusterWizardInputs.Ec2();
        input.MaxSize = 0;

        var (plan, errors) = ClusterWizard.Plan(input, ClusterWizardInputs.Ami);

        Assert.Null(plan);
        Assert.NotEmpty(errors);
    }
}
