using EcsConsole.Aws;
using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Services;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.Services;

/// <summary>
/// The product story on the sandbox: search on staging behind a new ALB, with Cloud Map and CPU target tracking; its tasks
/// become healthy targets; a stopped run resumes; a rollback leaves nothing behind.
/// </summary>
public sealed class ServiceWizardStoryTests : IAsyncLifetime
{
    private ServiceWizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await ServiceWizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private IElbv2Client Elbv2 => _sandbox.Store.Services.GetRequiredService<IElbv2Client>();

    private IServiceDiscoveryClient CloudMap => _sandbox.Store.Services.GetRequiredService<IServiceDiscoveryClient>();

    private IApplicationAutoScalingClient Scaling => _sandbox.Store.Services.GetRequiredService<IApplicationAutoScalingClient>();

    private static WizardPlan Plan(ServiceWizardInput? input = null) => ServiceWizard.Plan(input ?? ServiceWizardInputs.Search()).Plan!;

    [Fact]
    public async Task StartAsync_SearchBehindNewAlb_TasksRunHealthyInTheTargetGroupAndCloudMapAsync()
    {
        var run = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));

        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        Assert.All(run.Steps, s => Assert.Equal(WizardStepState.Created, s.State));
        _sandbox.Advance(TimeSpan.FromMinutes(3));
        var service = await _sandbox.ServiceAsync("staging", "search");
        Assert.Equal(2, service!.RunningCount);
        var targetGroup = run.Steps.Single(s => s.Key == "TargetGroup").Outcome!;
        Assert.Equal(targetGroup, service.LoadBalancers![0].TargetGroupArn);
        var health = await Elbv2.DescribeTargetHealthAsync(new DescribeTargetHealthRequest { TargetGroupArn = targetGroup });
        Assert.Equal(["healthy", "healthy"], health.TargetHealthDescriptions!.Select(t => t.TargetHealth?.State));
        var registry = service.ServiceRegistries!.Single().RegistryArn!;
        var discoveryId = run.Steps.Single(s => s.Key == "DiscoveryService").Outcome!.Split('/')[^1];
        Assert.EndsWith(discoveryId, registry, StringComparison.Ordinal);
        Assert.Equal(2, await CloudMap.ListInstancesAsync(new ListInstancesRequest { ServiceId = discoveryId }).CountAsync());
        var target = await Scaling.DescribeScalableTargetsAsync(new DescribeScalableTargetsRequest { ServiceNamespace = "ecs", ResourceIds = ["service/staging/search"] }).SingleAsync();
        Assert.Equal((2, 6), (target.MinCapacity, target.MaxCapacity));
        var policy = await Scaling.DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest { ServiceNamespace = "ecs", ResourceId = "service/staging/search" }).SingleAsync();
        Assert.Equal("search-cpu-target-tracking", policy.PolicyName);
    }

    [Fact]
    public async Task StartAsync_SamePlanAgain_SkipsEverythingAsync()
    {
        await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));

        var again = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));

        Assert.True(again.State == WizardRunState.Succeeded, again.Error);
        Assert.All(again.Steps, s => Assert.Equal(WizardStepState.SkippedExisting, s.State));
    }

    [Fact]
    public async Task InspectAsync_TargetGroupWithAnotherHealthCheckPath_ShowsAConflictAsync()
    {
        var planned = ServiceWizardInputs.Search();
        await Elbv2.CreateTargetGroupAsync(new CreateTargetGroupRequest
        {
            Name = "search-tg", Protocol = "HTTP", Port = planned.LoadBalancer.ContainerPort, VpcId = ServiceWizardInputs.StagingVpc, TargetType = "ip",
            HealthCheckPath = "/status",
        });

        var existing = await _sandbox.Runner.InspectAsync(Plan(planned), CancellationToken.None);

        var conflict = Assert.Single(existing, e => e.State == ExistenceState.Conflict);
        Assert.Contains($"Target group search-tg exists with health check path /status, the plan says {planned.LoadBalancer.HealthCheckPath}", conflict.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeAsync_TargetGroupNameTakenThenChanged_KeepsTheLoadBalancerAndFinishesAsync()
    {
        await Elbv2.CreateTargetGroupAsync(new CreateTargetGroupRequest { Name = "search-tg", Protocol = "HTTP", Port = 9090, VpcId = ServiceWizardInputs.StagingVpc, TargetType = "ip" });
        var failed = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));
        Assert.Equal(WizardRunState.Failed, failed.State);
        Assert.Contains("Choose another target group name", failed.Error, StringComparison.Ordinal);
        var corrected = ServiceWizardInputs.Search();
        corrected.LoadBalancer.TargetGroupName = "search-web";

        var resumed = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.ResumeAsync(failed.Id, Plan(corrected), null, CancellationToken.None));

        Assert.True(resumed.State == WizardRunState.SucceededWithChanges, resumed.Error);
        Assert.Single(resumed.Steps, s => s.Key == "LoadBalancer" && s.State == WizardStepState.Created);
        var service = await _sandbox.ServiceAsync("staging", "search");
        Assert.Contains("search-web", service!.LoadBalancers![0].TargetGroupArn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollbackAsync_Story_LeavesNoLoadBalancerTargetGroupDiscoveryOrScalingBehindAsync()
    {
        var run = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));
        _sandbox.Advance(TimeSpan.FromMinutes(3));

        var rolledBack = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None));

        Assert.True(rolledBack.State == WizardRunState.RolledBack, rolledBack.Error);

        // The deleted service goes from DRAINING to INACTIVE once ECS has let go of its tasks.
        _sandbox.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await Elbv2.DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest()).Where(g => g.TargetGroupName == "search-tg").ToListAsync());
        Assert.Empty(await Elbv2.DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest()).Where(l => l.LoadBalancerName == "search-alb").ToListAsync());
        Assert.Empty(await Scaling.DescribeScalableTargetsAsync(new DescribeScalableTargetsRequest { ServiceNamespace = "ecs", ResourceIds = ["service/staging/search"] }).ToListAsync());
        Assert.Empty(await CloudMap.ListNamespacesAsync(new ListNamespacesRequest()).Where(n => n.Name == "search.internal").ToListAsync());
        var service = await _sandbox.ServiceAsync("staging", "search");
        Assert.Equal("INACTIVE", service!.Status);
    }
}
