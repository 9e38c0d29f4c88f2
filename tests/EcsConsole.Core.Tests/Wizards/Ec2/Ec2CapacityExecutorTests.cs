using EcsConsole.Aws;
using EcsConsole.Aws.AutoScaling;
using EcsConsole.Aws.Ec2;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Wizards;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.Ec2;

/// <summary>The EC2 and Auto Scaling executors running an EC2 capacity plan on the sandbox, with references between the calls.</summary>
public sealed class Ec2CapacityExecutorTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private IEc2Client Ec2 => _sandbox.Store.Services.GetRequiredService<IEc2Client>();

    private IAutoScalingClient AutoScaling => _sandbox.Store.Services.GetRequiredService<IAutoScalingClient>();

    private IEcsClient Ecs => _sandbox.Store.Services.GetRequiredService<IEcsClient>();

    [Fact]
    public async Task StartAsync_CapacityPlan_CreatesEachResourceFromTheOutputsOfTheOneBeforeAsync()
    {
        var before = await ContainerInstancesAsync();

        var run = await _sandbox.Runner.StartAsync(Ec2CapacityPlan.Build(), "alice", null, CancellationToken.None);
        Advance(TimeSpan.FromMinutes(1));

        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        var groupId = run.Steps[0].OutputValues()["Id"];
        var template = await Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest { LaunchTemplateNames = ["prod-ecs"] }).SingleAsync();
        var group = await AutoScaling.DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [Ec2CapacityPlan.GroupName] }).SingleAsync();
        Assert.Equal(template.LaunchTemplateId, run.Steps[2].OutputValues()["Id"]);
        Assert.Equal(template.LaunchTemplateId, group.LaunchTemplate!.LaunchTemplateId);
        Assert.Equal(group.AutoScalingGroupARN, run.Steps[3].OutputValues()["Arn"]);
        Assert.Equal(group.AutoScalingGroupARN, run.Steps[3].Outcome);
        var rules = await Ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [groupId] }).SingleAsync();
        Assert.Equal(32768, rules.IpPermissions!.Single().FromPort);
        Assert.Equal(before.Count + 2, (await ContainerInstancesAsync()).Count);
    }

    [Fact]
    public async Task StartAsync_EverythingExistsAlready_SkipsEachCallWithTheExistingOutputsAsync()
    {
        var first = await _sandbox.Runner.StartAsync(Ec2CapacityPlan.Build(), "alice", null, CancellationToken.None);

        var second = await _sandbox.Runner.StartAsync(Ec2CapacityPlan.Build(), "alice", null, CancellationToken.None);
        var rolledBack = await _sandbox.Runner.RollbackAsync(second.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, second.State);
        Assert.All(second.Steps, s => Assert.Equal(WizardStepState.SkippedExisting, s.State));
        Assert.Equal(first.Steps[3].OutputValues()["Arn"], second.Steps[3].OutputValues()["Arn"]);
        Assert.Equal(first.Steps[2].OutputValues()["Id"], second.Steps[2].OutputValues()["Id"]);
        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.Single(await AutoScaling.DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [Ec2CapacityPlan.GroupName] }).ToListAsync());
    }

    [Fact]
    public async Task RollbackAsync_CapacityPlan_RemovesGroupTemplateAndSecurityGroupAndTheInstancesLeaveTheClusterAsync()
    {
        var before = await ContainerInstancesAsync();
        var run = await _sandbox.Runner.StartAsync(Ec2CapacityPlan.Build(), "alice", null, CancellationToken.None);
        Advance(TimeSpan.FromMinutes(1));
        var groupId = run.Steps[0].OutputValues()["Id"];

        var rolledBack = await _sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None);

        Assert.True(rolledBack.State == WizardRunState.RolledBack, rolledBack.Error);
        Assert.Empty(await AutoScaling.DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [Ec2CapacityPlan.GroupName] }).ToListAsync());
        var template = await Assert.ThrowsAsync<AwsServiceException>(() =>
            Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest { LaunchTemplateNames = ["prod-ecs"] }).ToListAsync().AsTask());
        var group = await Assert.ThrowsAsync<AwsServiceException>(() =>
            Ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [groupId] }).ToListAsync().AsTask());
        Assert.Equal("InvalidLaunchTemplateName.NotFoundException", template.ErrorCode);
        Assert.Equal("InvalidGroup.NotFound", group.ErrorCode);
        Assert.Equal(before.Order(StringComparer.Ordinal), (await ContainerInstancesAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StartAsync_GroupNameTakenByAnotherTemplate_StopsWithAConflictAsync()
    {
        await Ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
        {
            LaunchTemplateName = "someone-elses",
            LaunchTemplateData = new RequestLaunchTemplateData { ImageId = "ami-0c9e1b5a7d3f24a61", InstanceType = "t3.medium" },
        });
        await AutoScaling.CreateAutoScalingGroupAsync(new CreateAutoScalingGroupRequest
        {
            AutoScalingGroupName = Ec2CapacityPlan.GroupName, MinSize = 0, MaxSize = 1,
            LaunchTemplate = new LaunchTemplateSpecification { LaunchTemplateName = "someone-elses" }, VPCZoneIdentifier = "subnet-0a1e7c3b5d9f20011",
        });

        var run = await _sandbox.Runner.StartAsync(Ec2CapacityPlan.Build(), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, run.State);
        Assert.Equal(WizardStepState.Failed, run.Steps[3].State);
        Assert.Contains("someone-elses", run.Steps[3].Error, StringComparison.Ordinal);
    }

    private async Task<List<string>> ContainerInstancesAsync() =>
        await Ecs.ListContainerInstancesAsync(new ListContainerInstancesRequest { Cluster = "prod" }).ToListAsync();

    // The simulation moves in one-second steps on its timer; the instances boot within a minute.
    private static void Advance(TimeSpan span)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += TimeSpan.FromSeconds(5))
        {
            WizardSandbox.Time.Advance(TimeSpan.FromSeconds(5));
        }
    }
}
