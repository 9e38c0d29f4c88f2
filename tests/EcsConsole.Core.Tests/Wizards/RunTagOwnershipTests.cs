using System.Text.Json.Nodes;
using EcsConsole.Aws.AutoScaling;
using EcsConsole.Aws.Ec2;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Iam;
using EcsConsole.Core.Tests.Wizards.Ec2;
using EcsConsole.Core.Tests.Wizards.Services;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.Services;
using EcsConsole.Core.Wizards.TaskDefinitions;
using EcsConsole.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>
/// "Created by this run" is decided by the resource's <c>ecsconsole:run</c> tag for every wizard create whose API tags:
/// the creates carry it on the sandbox, each executor's existence check reads it, a lost answer is found by it on resume,
/// and rollback leaves alone what exists under the planned name without this run's tag.
/// </summary>
public sealed class RunTagOwnershipTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private IEc2Client Ec2 => _sandbox.Store.Services.GetRequiredService<IEc2Client>();

    private IAutoScalingClient AutoScaling => _sandbox.Store.Services.GetRequiredService<IAutoScalingClient>();

    private IEcsClient Ecs => _sandbox.Store.Services.GetRequiredService<IEcsClient>();

    private IWizardCallExecutor ExecutorOf(PlannedCall call) =>
        _sandbox.Store.Services.GetServices<IWizardCallExecutor>().Single(e => e.Service == call.Service && e.Operations.Contains(call.Operation));

    [Fact]
    public async Task StartAsync_Ec2CapacityPlan_TagsSecurityGroupLaunchTemplateAndGroupWithTheRunAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Ec2CapacityPlan.Build(), "alice", null, CancellationToken.None);

        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        var group = await Ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [run.Steps[0].OutputValues()["Id"]] }).SingleAsync();
        Assert.Contains(group.Tags!, t => t.Key == RunTags.Key && t.Value == run.Id);
        Assert.Contains(group.Tags!, t => t.Key == "cluster");
        var template = await Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest { LaunchTemplateNames = ["prod-ecs"] }).SingleAsync();
        Assert.Contains(template.Tags!, t => t.Key == RunTags.Key && t.Value == run.Id);
        var autoScaling = await AutoScaling.DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [Ec2CapacityPlan.GroupName] }).SingleAsync();
        var tag = Assert.Single(autoScaling.Tags!, t => t.Key == RunTags.Key);
        Assert.Equal(run.Id, tag.Value);
        // The instances the group launches are the group's, not the run's: the run tag is not propagated to them.
        Assert.False(tag.PropagateAtLaunch);
        Assert.Contains(autoScaling.Tags!, t => t.Key == "Name" && t.PropagateAtLaunch == true);
    }

    [Theory]
    [InlineData("iam:CreateRole")]
    [InlineData("iam:CreateInstanceProfile")]
    [InlineData("ecs:CreateCluster")]
    [InlineData("ec2:CreateLaunchTemplate")]
    [InlineData("ec2:CreateSecurityGroup")]
    [InlineData("autoscaling:CreateAutoScalingGroup")]
    [InlineData("elbv2:CreateLoadBalancer")]
    [InlineData("elbv2:CreateTargetGroup")]
    [InlineData("logs:CreateLogGroup")]
    [InlineData("application-autoscaling:RegisterScalableTarget")]
    public async Task CheckAsync_ResourceOfOneRun_IsThatRunsAndNotAnothersAsync(string action)
    {
        var plan = PlanFor(action);
        var made = await _sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None);
        Assert.True(made.State == WizardRunState.Succeeded, made.Error);
        var step = made.Steps.Single(s => $"{s.Service}:{s.Operation}" == action);
        var call = plan.Calls[step.Index];
        var resolved = Resolved(call, made);

        var ours = await ExecutorOf(call).CheckAsync(RunTags.Stamped(resolved, made.Id), CancellationToken.None);
        var theirs = await ExecutorOf(call).CheckAsync(RunTags.Stamped(resolved, "r-another"), CancellationToken.None);
        var preview = await ExecutorOf(call).CheckAsync(resolved, CancellationToken.None);

        Assert.Equal((ExistenceState.Exists, true, true), (ours.State, ours.OwnershipFromTags, ours.CreatedByThisRun));
        Assert.Contains("made by this run", ours.Detail, StringComparison.Ordinal);
        Assert.Equal((ExistenceState.Exists, true, false), (theirs.State, theirs.OwnershipFromTags, theirs.CreatedByThisRun));
        Assert.Contains("made before this run", theirs.Detail, StringComparison.Ordinal);
        // Without a run tag on the call (the wizard's preview), ownership is not asked.
        Assert.Equal((ExistenceState.Exists, false), (preview.State, preview.OwnershipFromTags));
    }

    [Theory]
    [InlineData("CreateRole")]
    [InlineData("CreateCluster")]
    [InlineData("CreateLaunchTemplate")]
    public async Task ResumeAsync_CreateAnswerLost_FindsItByTheRunTagAndDoesNotSendItAgainAsync(string operation)
    {
        var plan = SingleCreate(operation);
        _sandbox.Sandbox.Faults = new SandboxFaults { LoseAnswerOf = [operation] };
        var failed = await _sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None);
        _sandbox.Sandbox.Faults = new SandboxFaults();
        var sent = _sandbox.Calls.CountFor(ServiceOf(operation), operation);

        var resumed = await _sandbox.NewRunner().ResumeAsync(failed.Id, null, null, CancellationToken.None);
        var rolledBack = await _sandbox.NewRunner().RollbackAsync(failed.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, failed.State);
        Assert.True(resumed.State == WizardRunState.Succeeded, resumed.Error);
        Assert.Equal(WizardStepState.Created, resumed.Steps[0].State);
        Assert.Contains("made by this run", resumed.Steps[0].Outcome, StringComparison.Ordinal);
        Assert.Equal(sent, _sandbox.Calls.CountFor(ServiceOf(operation), operation));
        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.False(await ExistsAsync(operation));
    }

    [Theory]
    [InlineData("CreateRole")]
    [InlineData("CreateCluster")]
    [InlineData("CreateLaunchTemplate")]
    public async Task RollbackAsync_CreateAnswerLost_RemovesWhatTheRunMadeAsync(string operation)
    {
        _sandbox.Sandbox.Faults = new SandboxFaults { LoseAnswerOf = [operation] };
        var failed = await _sandbox.Runner.StartAsync(SingleCreate(operation), "alice", null, CancellationToken.None);
        _sandbox.Sandbox.Faults = new SandboxFaults();

        var rolledBack = await _sandbox.NewRunner().RollbackAsync(failed.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, failed.State);
        Assert.True(rolledBack.State == WizardRunState.RolledBack, rolledBack.Error);
        Assert.Equal(WizardStepState.RolledBack, rolledBack.Steps[0].State);
        Assert.False(await ExistsAsync(operation));
    }

    [Theory]
    [InlineData("CreateRole")]
    [InlineData("CreateCluster")]
    [InlineData("CreateLaunchTemplate")]
    public async Task RollbackAsync_InFlightCreateWhoseNameIsNowSomeoneElses_LeavesItInPlaceAsync(string operation)
    {
        var plan = SingleCreate(operation);
        _sandbox.Sandbox.Faults = new SandboxFaults { LoseAnswerOf = [operation] };
        var failed = await _sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None);
        _sandbox.Sandbox.Faults = new SandboxFaults();
        // Someone removed what the run made and made their own under the same name, without the run's tag.
        await DeleteAsync(operation);
        await CreateByHandAsync(operation);

        var rolledBack = await _sandbox.NewRunner().RollbackAsync(failed.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, failed.State);
        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.NotEqual(WizardStepState.RolledBack, rolledBack.Steps[0].State);
        Assert.True(await ExistsAsync(operation));
    }

    [Theory]
    [InlineData("CreateRole")]
    [InlineData("CreateLaunchTemplate")]
    public async Task ResumeAsync_InFlightCreateWhoseNameIsNowSomeoneElses_IsSkippedNotClaimedAsync(string operation)
    {
        var plan = SingleCreate(operation);
        _sandbox.Sandbox.Faults = new SandboxFaults { LoseAnswerOf = [operation] };
        var failed = await _sandbox.Runner.StartAsync(plan, "alice", null, CancellationToken.None);
        _sandbox.Sandbox.Faults = new SandboxFaults();
        await DeleteAsync(operation);
        await CreateByHandAsync(operation);

        var resumed = await _sandbox.NewRunner().ResumeAsync(failed.Id, null, null, CancellationToken.None);
        var rolledBack = await _sandbox.NewRunner().RollbackAsync(failed.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        Assert.Equal(WizardStepState.SkippedExisting, resumed.Steps[0].State);
        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.True(await ExistsAsync(operation));
    }

    private const string RoleName = "tagged-task";
    private const string ClusterName = "tagged";
    private const string TemplateName = "tagged-ecs";

    private static string ServiceOf(string operation) => operation switch
    {
        "CreateRole" => "IAM",
        "CreateCluster" => "ECS",
        _ => "EC2",
    };

    private static WizardPlan SingleCreate(string operation) => operation switch
    {
        "CreateRole" => new WizardPlan("iam-roles", "one role", [Role()]),
        "CreateCluster" => new WizardPlan("cluster", "one cluster",
        [
            new PlannedCall("ecs", "CreateCluster", new JsonObject { ["clusterName"] = ClusterName }.ToJsonString(), $"cluster {ClusterName}",
                new UndoCall("DeleteCluster", new JsonObject { ["cluster"] = ClusterName }.ToJsonString()), $"DescribeClusters {ClusterName}"),
        ]),
        _ => new WizardPlan("cluster", "one launch template", [Template()]),
    };

    private static PlannedCall Role() =>
        new("iam", "CreateRole", new JsonObject { ["RoleName"] = RoleName, ["AssumeRolePolicyDocument"] = TrustPolicies.For("ecs-tasks.amazonaws.com") }.ToJsonString(),
            $"role {RoleName}", new UndoCall("DeleteRole", new JsonObject { ["RoleName"] = RoleName }.ToJsonString()), $"GetRole {RoleName}")
        {
            Key = "Role",
            Outputs = new Dictionary<string, string> { ["Arn"] = "Role.Arn" },
        };

    private static PlannedCall Template() =>
        new("ec2", "CreateLaunchTemplate",
            new JsonObject
            {
                ["LaunchTemplateName"] = TemplateName,
                ["LaunchTemplateData"] = new JsonObject { ["ImageId"] = "ami-0c9e1b5a7d3f24a61", ["InstanceType"] = "m5.large" },
            }.ToJsonString(),
            $"launch template {TemplateName}", new UndoCall("DeleteLaunchTemplate", new JsonObject { ["LaunchTemplateName"] = TemplateName }.ToJsonString()),
            $"DescribeLaunchTemplates {TemplateName}");

    private static WizardPlan PlanFor(string action) => action switch
    {
        "iam:CreateRole" => SingleCreate("CreateRole"),
        "iam:CreateInstanceProfile" => new WizardPlan("iam-roles", "one profile",
        [
            new PlannedCall("iam", "CreateInstanceProfile", new JsonObject { ["InstanceProfileName"] = "tagged-profile" }.ToJsonString(), "instance profile tagged-profile",
                new UndoCall("DeleteInstanceProfile", new JsonObject { ["InstanceProfileName"] = "tagged-profile" }.ToJsonString()), "GetInstanceProfile tagged-profile"),
        ]),
        "ecs:CreateCluster" => SingleCreate("CreateCluster"),
        "ec2:CreateLaunchTemplate" => SingleCreate("CreateLaunchTemplate"),
        "elbv2:CreateLoadBalancer" or "elbv2:CreateTargetGroup" => LoadBalancing(),
        "application-autoscaling:RegisterScalableTarget" => new WizardPlan("service", "one scalable target",
            [ServiceWizardCalls.ScalableTarget("service/staging/blog", new ServiceScalingInput { MinCapacity = 1, MaxCapacity = 4 }, [("team", "blog")])]),
        "logs:CreateLogGroup" => TaskDefinitionWizard.Plan(TaskDefinitions.TaskDefinitionInputs.Reports()).Plan!,
        _ => Ec2CapacityPlan.Build(),
    };

    /// <summary>The service wizard's load balancer and target group for search, alone.</summary>
    private static WizardPlan LoadBalancing()
    {
        var calls = ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!.Calls;
        return new WizardPlan("service", "a load balancer and a target group",
            [calls.Single(c => c.Operation == "CreateLoadBalancer"), calls.First(c => c.Operation == "CreateTargetGroup")]);
    }

    /// <summary>The call with the references to earlier calls' outputs filled in from the run's journal.</summary>
    private static PlannedCall Resolved(PlannedCall call, WizardRunRecord run)
    {
        var known = run.Steps.Where(s => s.Key is not null && s.Outputs is not null)
            .ToDictionary(s => s.Key!, s => s.OutputValues(), StringComparer.Ordinal);
        var keys = run.Steps.Where(s => s.Key is not null).Select(s => s.Key!).ToHashSet(StringComparer.Ordinal);
        return call with { Body = PlanReferences.Resolve(call.Body, keys, known) };
    }

    private async Task DeleteAsync(string operation)
    {
        switch (operation)
        {
            case "CreateRole":
                await _sandbox.Iam.DeleteRoleAsync(new DeleteRoleRequest { RoleName = RoleName });
                break;
            case "CreateCluster":
                await Ecs.DeleteClusterAsync(new DeleteClusterRequest { Cluster = ClusterName });
                break;
            default:
                await Ec2.DeleteLaunchTemplateAsync(new DeleteLaunchTemplateRequest { LaunchTemplateName = TemplateName });
                break;
        }
    }

    private async Task CreateByHandAsync(string operation)
    {
        switch (operation)
        {
            case "CreateRole":
                await _sandbox.Iam.CreateRoleAsync(new CreateRoleRequest { RoleName = RoleName, AssumeRolePolicyDocument = TrustPolicies.For("ecs-tasks.amazonaws.com") });
                break;
            case "CreateCluster":
                await Ecs.CreateClusterAsync(new CreateClusterRequest { ClusterName = ClusterName });
                break;
            default:
                await Ec2.CreateLaunchTemplateAsync(new CreateLaunchTemplateRequest
                {
                    LaunchTemplateName = TemplateName,
                    LaunchTemplateData = new RequestLaunchTemplateData { ImageId = "ami-0c9e1b5a7d3f24a61", InstanceType = "m5.large" },
                });
                break;
        }
    }

    private async Task<bool> ExistsAsync(string operation) => operation switch
    {
        "CreateRole" => await _sandbox.RoleExistsAsync(RoleName),
        "CreateCluster" => (await Ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = [ClusterName] })).Clusters?.Any(c => c.Status == "ACTIVE") == true,
        _ => await LaunchTemplateExistsAsync(),
    };

    private async Task<bool> LaunchTemplateExistsAsync()
    {
        try
        {
            return await Ec2.DescribeLaunchTemplatesAsync(new DescribeLaunchTemplatesRequest { LaunchTemplateNames = [TemplateName] }).AnyAsync();
        }
        catch (EcsConsole.Aws.AwsServiceException error) when (error.ErrorCode == "InvalidLaunchTemplateName.NotFoundException")
        {
            return false;
        }
    }
}
