using EcsConsole.Aws;
using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Services;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.Services;

/// <summary>
/// The Service wizard's load balancer, Cloud Map and scaling steps through the ELBv2, Cloud Map and Application Auto Scaling
/// executors, journaled by the runner against the sandbox: create, the tasks register healthy, a re-run skips, rollback removes all.
/// </summary>
public sealed class ServiceWizardInfrastructureTests : IAsyncLifetime
{
    private ServiceWizardSandbox _sandbox = null!;

    private IElbv2Client Elbv2 => _sandbox.Store.Services.GetRequiredService<IElbv2Client>();

    private IServiceDiscoveryClient CloudMap => _sandbox.Store.Services.GetRequiredService<IServiceDiscoveryClient>();

    private IApplicationAutoScalingClient Scaling => _sandbox.Store.Services.GetRequiredService<IApplicationAutoScalingClient>();

    public async Task InitializeAsync() => _sandbox = await ServiceWizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private static WizardPlan Plan() => ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!;

    [Fact]
    public async Task StartAsync_SearchBehindNewAlb_CreatesEveryStepAndItsTasksTurnHealthyAsync()
    {
        var run = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));

        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        Assert.All(run.Steps, s => Assert.Equal(WizardStepState.Created, s.State));
        var targetGroup = run.Steps.Single(s => s.Key == "TargetGroup").Outcome!;
        var registry = run.Steps.Single(s => s.Key == "DiscoveryService").OutputValues()["Id"];
        _sandbox.Advance(TimeSpan.FromMinutes(2));
        var health = await Elbv2.DescribeTargetHealthAsync(new DescribeTargetHealthRequest { TargetGroupArn = targetGroup });
        var instances = await ToListAsync(CloudMap.ListInstancesAsync(new ListInstancesRequest { ServiceId = registry }));
        var policies = await ToListAsync(Scaling.DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest { ServiceNamespace = "ecs", ResourceId = "service/staging/search" }));

        Assert.Equal(["healthy", "healthy"], health.TargetHealthDescriptions!.Select(d => d.TargetHealth!.State));
        Assert.Equal(2, instances.Count);
        Assert.Equal("ECSServiceAverageCPUUtilization", Assert.Single(policies).TargetTrackingScalingPolicyConfiguration!.PredefinedMetricSpecification!.PredefinedMetricType);
    }

    [Fact]
    public async Task StartAsync_ScalingOnAlbRequestsPerTarget_LabelsThePolicyWithTheCreatedLoadBalancerAndTargetGroupAsync()
    {
        var input = ServiceWizardInputs.Search();
        input.Scaling.Metric = ScalingMetric.AlbRequestsPerTarget;
        input.Scaling.TargetValue = 1000;

        var run = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(ServiceWizard.Plan(input).Plan!, "alice", null, CancellationToken.None));

        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        var balancer = run.Steps.Single(s => s.Key == "LoadBalancer").OutputValues()["Arn"];
        var group = run.Steps.Single(s => s.Key == "TargetGroup").OutputValues()["Arn"];
        var policy = Assert.Single(await ToListAsync(Scaling.DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest { ServiceNamespace = "ecs", ResourceId = "service/staging/search" })));
        var metric = policy.TargetTrackingScalingPolicyConfiguration!.PredefinedMetricSpecification!;
        Assert.Equal("ALBRequestCountPerTarget", metric.PredefinedMetricType);
        // app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>, as AWS documents the label.
        Assert.Equal(balancer[balancer.IndexOf("app/", StringComparison.Ordinal)..] + "/" + group[group.IndexOf("targetgroup/", StringComparison.Ordinal)..], metric.ResourceLabel);
    }

    [Fact]
    public async Task StartAsync_SamePlanAgain_SkipsEveryStepWithTheSameOutputsAsync()
    {
        var first = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));
        var creates = _sandbox.Calls.CountFor("Elastic Load Balancing v2", "CreateLoadBalancer") + _sandbox.Calls.CountFor("ServiceDiscovery", "CreatePrivateDnsNamespace");

        var again = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));

        Assert.True(again.State == WizardRunState.Succeeded, again.Error);
        Assert.All(again.Steps, s => Assert.Equal(WizardStepState.SkippedExisting, s.State));
        Assert.Equal(first.Steps.Select(s => s.Outputs), again.Steps.Select(s => s.Outputs));
        Assert.Equal(creates, _sandbox.Calls.CountFor("Elastic Load Balancing v2", "CreateLoadBalancer") + _sandbox.Calls.CountFor("ServiceDiscovery", "CreatePrivateDnsNamespace"));
    }

    [Fact]
    public async Task RollbackAsync_AfterCreate_RemovesEverythingItCreatedAsync()
    {
        var run = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));
        _sandbox.Advance(TimeSpan.FromMinutes(1));

        var rolledBack = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None));

        Assert.True(rolledBack.State == WizardRunState.RolledBack, rolledBack.Error);
        Assert.All(rolledBack.Steps, s => Assert.Equal(WizardStepState.RolledBack, s.State));
        var balancer = run.Steps.Single(s => s.Key == "LoadBalancer").Outcome!;
        var lookup = await Assert.ThrowsAsync<AwsServiceException>(() => ToListAsync(Elbv2.DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest { LoadBalancerArns = [balancer] })));
        Assert.Equal("LoadBalancerNotFound", lookup.ErrorCode);
        var groups = await ToListAsync(Elbv2.DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest()));
        Assert.DoesNotContain(groups, g => g.TargetGroupName!.StartsWith("search", StringComparison.Ordinal));
        var namespaces = await ToListAsync(CloudMap.ListNamespacesAsync(new ListNamespacesRequest()));
        Assert.DoesNotContain(namespaces, n => n.Name == "search.internal");
        var targets = await ToListAsync(Scaling.DescribeScalableTargetsAsync(new DescribeScalableTargetsRequest { ServiceNamespace = "ecs", ResourceIds = ["service/staging/search"] }));
        Assert.Empty(targets);
    }

    [Fact]
    public async Task StartAsync_RulePriorityTakenByAnotherPath_StopsWithWhatToChangeAsync()
    {
        var other = ServiceWizardInputs.Search();
        other.Discovery = new ServiceDiscoveryInput();
        other.Scaling = new ServiceScalingInput();
        other.LoadBalancer.PathPattern = "/other/*";
        await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(ServiceWizard.Plan(other).Plan!, "alice", null, CancellationToken.None));

        var run = await _sandbox.AdvanceWhileAsync(_sandbox.Runner.StartAsync(Plan(), "alice", null, CancellationToken.None));

        Assert.Equal(WizardRunState.Failed, run.State);
        Assert.Contains("Priority 10 on this listener is taken by a rule for path-pattern /other/*", run.Error, StringComparison.Ordinal);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
