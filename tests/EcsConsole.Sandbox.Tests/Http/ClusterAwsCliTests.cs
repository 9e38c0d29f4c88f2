using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>`aws ecs` cluster and capacity provider commands (botocore) against the sandbox, as the cluster wizard's exported script runs them.</summary>
public sealed class ClusterAwsCliTests : IAsyncLifetime
{
    private const string QaGroup = "arn:aws:autoscaling:eu-west-1:000000000000:autoScalingGroup:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0:autoScalingGroupName/qa-asg";
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_FargateCluster_DescribedWithStrategySettingsAndTags()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        await cli.JsonAsync("ecs", "create-cluster", "--cluster-name", "qa", "--capacity-providers", "FARGATE", "FARGATE_SPOT",
            "--default-capacity-provider-strategy", "capacityProvider=FARGATE,weight=1,base=1", "capacityProvider=FARGATE_SPOT,weight=3",
            "--settings", "name=containerInsights,value=enhanced", "--tags", "key=team,value=platform");
        var described = await cli.JsonAsync("ecs", "describe-clusters", "--clusters", "qa", "--include", "SETTINGS", "TAGS");

        var cluster = described["clusters"]![0]!;
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], cluster["capacityProviders"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal([("FARGATE", 1, 1), ("FARGATE_SPOT", 3, 0)], cluster["defaultCapacityProviderStrategy"]!.AsArray()
            .Select(s => (s!["capacityProvider"]!.GetValue<string>(), s["weight"]!.GetValue<int>(), s["base"]!.GetValue<int>())));
        Assert.Equal("enhanced", cluster["settings"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("platform", cluster["tags"]![0]!["value"]!.GetValue<string>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_CapacityProviderLifecycle_AssociatesRemovesAndDeletes()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var created = await cli.JsonAsync("ecs", "create-capacity-provider", "--name", "qa-cp", "--auto-scaling-group-provider",
            $"autoScalingGroupArn={QaGroup},managedScaling={{status=ENABLED,targetCapacity=90}},managedTerminationProtection=DISABLED");
        await cli.JsonAsync("ecs", "create-cluster", "--cluster-name", "qa");
        var put = await cli.JsonAsync("ecs", "put-cluster-capacity-providers", "--cluster", "qa", "--capacity-providers", "qa-cp",
            "--default-capacity-provider-strategy", "capacityProvider=qa-cp,weight=1");
        var taken = await cli.RunAsync("ecs", "create-capacity-provider", "--name", "qa-cp", "--auto-scaling-group-provider", $"autoScalingGroupArn={QaGroup}");
        var inUse = await cli.RunAsync("ecs", "delete-capacity-provider", "--capacity-provider", "qa-cp");
        await cli.JsonAsync("ecs", "put-cluster-capacity-providers", "--cluster", "qa", "--capacity-providers", "[]", "--default-capacity-provider-strategy", "[]");
        var deleted = await cli.JsonAsync("ecs", "delete-capacity-provider", "--capacity-provider", "qa-cp");
        var described = await cli.JsonAsync("ecs", "describe-capacity-providers", "--capacity-providers", "qa-cp", "FARGATE");

        Assert.Equal(90, created["capacityProvider"]!["autoScalingGroupProvider"]!["managedScaling"]!["targetCapacity"]!.GetValue<int>());
        Assert.Equal("qa-cp", put["cluster"]!["defaultCapacityProviderStrategy"]![0]!["capacityProvider"]!.GetValue<string>());
        Assert.Contains("ClientException", taken.Error, StringComparison.Ordinal);
        Assert.Contains("ClientException", inUse.Error, StringComparison.Ordinal);
        Assert.Equal("INACTIVE", deleted["capacityProvider"]!["status"]!.GetValue<string>());
        Assert.Equal(["INACTIVE", "ACTIVE"], described["capacityProviders"]!.AsArray().Select(p => p!["status"]!.GetValue<string>()));
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_Ec2ClusterChain_InstancesJoinAndReportTheCapacityProvider()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var userData = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("#!/bin/bash\necho ECS_CLUSTER=batch >> /etc/ecs/ecs.config\n"));

        await cli.JsonAsync("ecs", "create-cluster", "--cluster-name", "batch");
        await cli.JsonAsync("ec2", "create-launch-template", "--launch-template-name", "batch-lt",
            "--launch-template-data", $$"""{"ImageId":"ami-0c9e1b5a7d3f24a61","InstanceType":"t3.large","IamInstanceProfile":{"Name":"ecsInstanceRole"},"UserData":"{{userData}}"}""");
        var group = await cli.RunAsync("autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", "batch-asg",
            "--launch-template", "LaunchTemplateName=batch-lt,Version=$Latest", "--min-size", "1", "--max-size", "3", "--desired-capacity", "2",
            "--vpc-zone-identifier", "subnet-0a1e7c3b5d9f20011,subnet-0a1e7c3b5d9f20012", "--new-instances-protected-from-scale-in");
        Assert.True(group.ExitCode == 0, group.Error);
        var groupArn = (await cli.JsonAsync("autoscaling", "describe-auto-scaling-groups", "--auto-scaling-group-names", "batch-asg"))
            ["AutoScalingGroups"]![0]!["AutoScalingGroupARN"]!.GetValue<string>();
        await cli.JsonAsync("ecs", "create-capacity-provider", "--name", "batch-cp", "--auto-scaling-group-provider",
            $"autoScalingGroupArn={groupArn},managedScaling={{status=ENABLED,targetCapacity=100}},managedTerminationProtection=ENABLED");
        await cli.JsonAsync("ecs", "put-cluster-capacity-providers", "--cluster", "batch", "--capacity-providers", "batch-cp",
            "--default-capacity-provider-strategy", "capacityProvider=batch-cp,weight=1");
        for (var i = 0; i < 12; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
        }

        var arns = (await cli.JsonAsync("ecs", "list-container-instances", "--cluster", "batch"))["containerInstanceArns"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal(2, arns.Count);
        var instances = await cli.JsonAsync(["ecs", "describe-container-instances", "--cluster", "batch", "--container-instances", .. arns]);
        Assert.All(instances["containerInstances"]!.AsArray(), c => Assert.Equal("batch-cp", c!["capacityProviderName"]!.GetValue<string>()));
        var cluster = (await cli.JsonAsync("ecs", "describe-clusters", "--clusters", "batch"))["clusters"]![0]!;
        Assert.Equal(2, cluster["registeredContainerInstancesCount"]!.GetValue<int>());
    }
}
