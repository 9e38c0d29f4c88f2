using System.Text;
using EcsConsole.Aws;
using EcsConsole.Aws.AutoScaling;
using EcsConsole.Aws.Ec2;
using EcsConsole.Aws.Ecs;

namespace EcsConsole.Sandbox.Tests.Ec2;

/// <summary>
/// IAutoScalingClient against the sandbox: a group launches its instances, which boot and register as ECS container
/// instances in the cluster their launch template's user data names; a forced delete deregisters them.
/// </summary>
public sealed class AutoScalingClientTests : IAsyncLifetime
{
    private const string SubnetA = "subnet-0a1e7c3b5d9f20011";
    private const string SubnetB = "subnet-0a1e7c3b5d9f20012";
    private Ec2SandboxClients _clients = null!;

    public async Task InitializeAsync() => _clients = await Ec2SandboxClients.StartAsync();

    public async Task DisposeAsync() => await _clients.DisposeAsync();

    [Fact]
    public async Task CreateAutoScalingGroupAsync_EcsClusterUserData_RegistersContainerInstancesOnceBooted()
    {
        var before = await ContainerInstancesAsync("prod");
        await CreateTemplateAsync("prod-ecs", "prod");

        await CreateGroupAsync("prod-ecs-asg", "prod-ecs", desired: 2);
        var pending = await GroupAsync("prod-ecs-asg");
        var registeredAtLaunch = await ContainerInstancesAsync("prod");
        _clients.Advance(TimeSpan.FromMinutes(1));
        var booted = await GroupAsync("prod-ecs-asg");
        var after = await ContainerInstancesAsync("prod");

        Assert.Equal(["Pending", "Pending"], pending.Instances!.Select(i => i.LifecycleState));
        Assert.Equal(before.Count, registeredAtLaunch.Count);
        Assert.Equal(["InService", "InService"], booted.Instances!.Select(i => i.LifecycleState));
        Assert.Equal(before.Count + 2, after.Count);
        var described = await _clients.Ecs.DescribeContainerInstancesAsync(new DescribeContainerInstancesRequest { Cluster = "prod", ContainerInstances = after.Except(before).ToList() });
        Assert.Equal(booted.Instances!.Select(i => i.InstanceId).Order(StringComparer.Ordinal),
            described.ContainerInstances!.Select(c => c.Ec2InstanceId).Order(StringComparer.Ordinal));
        Assert.Equal(["eu-west-1a", "eu-west-1b"], booted.Instances!.Select(i => i.AvailabilityZone).Order(StringComparer.Ordinal));
        Assert.StartsWith("arn:aws:autoscaling:eu-west-1:000000000000:autoScalingGroup:", booted.AutoScalingGroupARN, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAutoScalingGroupAsync_Forced_DeregistersItsContainerInstances()
    {
        var before = await ContainerInstancesAsync("prod");
        await CreateTemplateAsync("prod-ecs", "prod");
        await CreateGroupAsync("prod-ecs-asg", "prod-ecs", desired: 1);
        _clients.Advance(TimeSpan.FromMinutes(1));

        var refused = await Assert.ThrowsAsync<AwsServiceException>(() =>
            _clients.AutoScaling.DeleteAutoScalingGroupAsync(new DeleteAutoScalingGroupRequest { AutoScalingGroupName = "prod-ecs-asg" }));
        await _clients.AutoScaling.DeleteAutoScalingGroupAsync(new DeleteAutoScalingGroupRequest { AutoScalingGroupName = "prod-ecs-asg", ForceDelete = true });
        var groups = await _clients.AutoScaling.DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = ["prod-ecs-asg"] }).ToListAsync();

        Assert.Equal("ResourceInUse", refused.ErrorCode);
        Assert.Empty(groups);
        Assert.Equal(before.Order(StringComparer.Ordinal), (await ContainerInstancesAsync("prod")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UpdateAutoScalingGroupAsync_DesiredCapacity_LaunchesAndTerminatesInstances()
    {
        await CreateTemplateAsync("staging-ecs", "staging");
        await CreateGroupAsync("staging-ecs-asg", "staging-ecs", desired: 1);

        await _clients.AutoScaling.UpdateAutoScalingGroupAsync(new UpdateAutoScalingGroupRequest { AutoScalingGroupName = "staging-ecs-asg", DesiredCapacity = 3 });
        _clients.Advance(TimeSpan.FromMinutes(1));
        var grown = await ContainerInstancesAsync("staging");
        await _clients.AutoScaling.UpdateAutoScalingGroupAsync(new UpdateAutoScalingGroupRequest { AutoScalingGroupName = "staging-ecs-asg", DesiredCapacity = 1 });
        var shrunk = await ContainerInstancesAsync("staging");
        var tooMany = await Assert.ThrowsAsync<AwsServiceException>(() =>
            _clients.AutoScaling.UpdateAutoScalingGroupAsync(new UpdateAutoScalingGroupRequest { AutoScalingGroupName = "staging-ecs-asg", DesiredCapacity = 9 }));

        Assert.Equal(3, grown.Count);
        Assert.Single(shrunk);
        Assert.Equal("ValidationError", tooMany.ErrorCode);
    }

    [Fact]
    public async Task CreateAutoScalingGroupAsync_TakenNameOrMissingTemplate_AnswersAutoScalingErrors()
    {
        await CreateTemplateAsync("prod-ecs", "prod");
        await CreateGroupAsync("prod-ecs-asg", "prod-ecs", desired: 0);

        var taken = await Assert.ThrowsAsync<AwsServiceException>(() => CreateGroupAsync("prod-ecs-asg", "prod-ecs", desired: 0));
        var noTemplate = await Assert.ThrowsAsync<AwsServiceException>(() => CreateGroupAsync("other-asg", "no-such-template", desired: 0));

        Assert.Equal("AlreadyExists", taken.ErrorCode);
        Assert.Equal("ValidationError", noTemplate.ErrorCode);
        Assert.Contains("no-such-template", noTemplate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAutoScalingGroup_ByArn_FindsTheGroupForCapacityProviders()
    {
        await CreateTemplateAsync("prod-ecs", "prod");
        await CreateGroupAsync("prod-ecs-asg", "prod-ecs", desired: 1);
        var arn = (await GroupAsync("prod-ecs-asg")).AutoScalingGroupARN!;
        _clients.Advance(TimeSpan.FromMinutes(1));

        _clients.Sandbox.Engine.AutoScaling.SetAutoScalingGroupCapacityProvider(arn, "prod-ecs-cp");
        var found = _clients.Sandbox.Engine.AutoScaling.FindAutoScalingGroup(arn);
        var providers = _clients.Sandbox.Engine.Read(state => state.FindCluster("prod")!.ContainerInstances
            .Where(c => found!.Instances.Any(i => i.InstanceId == c.Ec2InstanceId)).Select(c => c.CapacityProviderName).ToList());

        Assert.Equal("prod-ecs-asg", found!.Name);
        Assert.Equal(["prod-ecs-cp"], providers);
    }

    private async Task<List<string>> ContainerInstancesAsync(string cluster) =>
        await _clients.Ecs.ListContainerInstancesAsync(new ListContainerInstancesRequest { Cluster = cluster }).ToListAsync();

    private async Task<AutoScalingGroup> GroupAsync(string name) =>
        await _clients.AutoScaling.DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [name] }).SingleAsync();

    private Task CreateTemplateAsync(string name, string cluster) =>
        _clients.Ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = name,
            LaunchTemplateData = new RequestLaunchTemplateData
            {
                ImageId = "ami-0c9e1b5a7d3f24a61", InstanceType = "m5.xlarge", SecurityGroupIds = ["sg-0d3f1a2b4c5e60071"],
                UserData = Convert.ToBase64String(Encoding.UTF8.GetBytes($"#!/bin/bash\necho ECS_CLUSTER={cluster} >> /etc/ecs/ecs.config\n")),
            },
        });

    private Task CreateGroupAsync(string name, string template, int desired) =>
        _clients.AutoScaling.CreateAutoScalingGroupAsync(new CreateAutoScalingGroupRequest
        {
            AutoScalingGroupName = name,
            LaunchTemplate = new LaunchTemplateSpecification { LaunchTemplateName = template, Version = "$Latest" },
            MinSize = 0, MaxSize = 4, DesiredCapacity = desired,
            VPCZoneIdentifier = $"{SubnetA},{SubnetB}",
            Tags = [new EcsConsole.Aws.AutoScaling.Tag { Key = "Name", Value = name, PropagateAtLaunch = true }],
        });
}
