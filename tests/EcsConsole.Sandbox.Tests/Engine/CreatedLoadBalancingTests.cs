using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;
using EcsConsole.Sandbox.Engine.Rollouts;
using EcsConsole.Sandbox.Protocol;
using EcsConsole.Sandbox.Protocol.Elbv2;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class CreatedLoadBalancingTests : IDisposable
{
    private static readonly string[] Subnets = ["subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022"];
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void CreateService_BehindCreatedTargetGroup_TargetsTurnHealthyAfterThresholdTimesInterval()
    {
        var group = CreateRoutedTargetGroup("reports");
        CreateService("reports", group.Arn, desired: 2);

        _sandbox.Advance(25);
        var early = TargetStates(group.Arn);
        _sandbox.Advance(30);
        var later = TargetStates(group.Arn);

        Assert.Equal(["initial", "initial"], early);
        Assert.Equal(["healthy", "healthy"], later);
    }

    [Fact]
    public void DeleteService_BehindCreatedTargetGroup_TargetsDrain()
    {
        var group = CreateRoutedTargetGroup("reports");
        CreateService("reports", group.Arn, desired: 1);
        _sandbox.Advance(60);

        _sandbox.Engine.Ecs.DeleteService("staging", "reports", force: true);
        _sandbox.Advance(2);

        Assert.Equal(["draining"], TargetStates(group.Arn));
    }

    [Fact]
    public void CreateService_UnknownTargetGroup_RefusedAsInvalidParameter()
    {
        var unknown = _sandbox.Engine.Arns.TargetGroup("nowhere", "0123456789abcdef");

        var error = Assert.Throws<SandboxApiException>(() => CreateService("reports", unknown, desired: 1));

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateService_TargetGroupNoListenerForwardsTo_RefusedAsWithoutLoadBalancer()
    {
        var group = _sandbox.Engine.Elbv2.CreateTargetGroup(TargetGroup("lonely-tg"));

        var error = Assert.Throws<SandboxApiException>(() => CreateService("reports", group.Arn, desired: 1));

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("does not have an associated load balancer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateLoadBalancer_SameNameOtherSubnets_DuplicateLoadBalancerName()
    {
        var first = _sandbox.Engine.Elbv2.CreateLoadBalancer(Balancer("reports-alb"));
        var again = _sandbox.Engine.Elbv2.CreateLoadBalancer(Balancer("reports-alb"));

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Elbv2.CreateLoadBalancer(Balancer("reports-alb") with { Subnets = ["subnet-0a1e7c3b5d9f20011", "subnet-0a1e7c3b5d9f20012"] }));

        Assert.Same(first, again);
        Assert.Equal("DuplicateLoadBalancerName", error.Code);
    }

    [Fact]
    public void CreateLoadBalancer_OneSubnet_ValidationError()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Elbv2.CreateLoadBalancer(Balancer("reports-alb") with { Subnets = [Subnets[0]] }));

        Assert.Equal("ValidationError", error.Code);
    }

    [Fact]
    public void CreateLoadBalancer_AfterProvisioningTime_Active()
    {
        var balancer = _sandbox.Engine.Elbv2.CreateLoadBalancer(Balancer("reports-alb"));

        var before = balancer.State(_sandbox.Time.GetUtcNow());
        _sandbox.Advance(CreatedLoadBalancer.ProvisioningTime.TotalSeconds);

        Assert.Equal("provisioning", before);
        Assert.Equal("active", balancer.State(_sandbox.Time.GetUtcNow()));
        Assert.Equal(Elbv2Operations.SandboxVpcId, balancer.VpcId);
    }

    [Fact]
    public void CreateRule_TakenPriority_PriorityInUse()
    {
        var group = CreateRoutedTargetGroup("reports");
        var listener = _sandbox.Read(s => s.LoadBalancing.Listeners.Single());
        _sandbox.Engine.Elbv2.CreateRule(Rule(listener.Arn, group.Arn, 10));

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Elbv2.CreateRule(Rule(listener.Arn, group.Arn, 10)));

        Assert.Equal("PriorityInUse", error.Code);
    }

    [Fact]
    public void CreateListener_ForwardToUnknownTargetGroup_TargetGroupNotFound()
    {
        var balancer = _sandbox.Engine.Elbv2.CreateLoadBalancer(Balancer("reports-alb"));
        var unknown = _sandbox.Engine.Arns.TargetGroup("nowhere", "0123456789abcdef");

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Elbv2.CreateListener(Listener(balancer.Arn, unknown)));

        Assert.Equal("TargetGroupNotFound", error.Code);
    }

    [Fact]
    public void DeleteTargetGroup_ListenerForwardsToIt_ResourceInUse()
    {
        var group = CreateRoutedTargetGroup("reports");

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Elbv2.DeleteTargetGroup(group.Arn));

        Assert.Equal("ResourceInUse", error.Code);
    }

    [Fact]
    public void DeleteLoadBalancer_WithListenerAndRule_RemovesThemAndFreesTheTargetGroup()
    {
        var group = CreateRoutedTargetGroup("reports");
        var listener = _sandbox.Read(s => s.LoadBalancing.Listeners.Single());
        _sandbox.Engine.Elbv2.CreateRule(Rule(listener.Arn, group.Arn, 10));

        _sandbox.Engine.Elbv2.DeleteLoadBalancer(listener.LoadBalancerArn);
        _sandbox.Engine.Elbv2.DeleteTargetGroup(group.Arn);

        Assert.Equal((0, 0, 0, 0), _sandbox.Read(s => (s.LoadBalancing.LoadBalancers.Count, s.LoadBalancing.Listeners.Count, s.LoadBalancing.Rules.Count, s.LoadBalancing.TargetGroups.Count)));
    }

    [Fact]
    public void DeleteTargetGroup_ServiceStillDraining_GroupDoesNotComeBackAsSeeded()
    {
        var group = CreateRoutedTargetGroup("reports");
        CreateService("reports", group.Arn, desired: 1);
        _sandbox.Advance(60);
        _sandbox.Engine.Ecs.DeleteService("staging", "reports", force: true);
        var listener = _sandbox.Read(s => s.LoadBalancing.Listeners.Single());

        _sandbox.Engine.Elbv2.DeleteLoadBalancer(listener.LoadBalancerArn);
        _sandbox.Engine.Elbv2.DeleteTargetGroup(group.Arn);

        Assert.Equal("DRAINING", _sandbox.Read(s => s.Clusters.Single(c => c.Name == "staging").Services.Single(v => v.Name == "reports").Status));
        Assert.DoesNotContain(_sandbox.Read(s => LoadBalancerCatalog.TargetGroups(s, _sandbox.Engine.Arns)), g => g.Arn == group.Arn);
    }

    [Fact]
    public void DescribeRules_BlueGreenServiceOnCreatedRule_WeightsFollowTheDeployment()
    {
        var blue = CreateRoutedTargetGroup("reports");
        var green = _sandbox.Engine.Elbv2.CreateTargetGroup(TargetGroup("reports-green"));
        var listener = _sandbox.Read(s => s.LoadBalancing.Listeners.Single());
        var rule = _sandbox.Engine.Elbv2.CreateRule(Rule(listener.Arn, blue.Arn, 10) with { Actions = [new RuleAction("forward", [new(blue.Arn, 100), new(green.Arn, 0)], null)] });
        var advanced = new AdvancedConfigurationState(green.Arn, rule.Arn, null, _sandbox.Engine.Arns.Role("ecsInfrastructureRoleForLoadBalancers"));
        CreateService("reports", blue.Arn, desired: 1, advanced);
        _sandbox.Advance(60);

        _sandbox.Engine.Ecs.UpdateService(new ServiceUpdate("staging", "reports", ForceNewDeployment: true,
            Configuration: c => c with { Strategy = DeploymentStrategies.BlueGreen, BakeTimeInMinutes = 5 }));
        var shifted = PollWeights(listener.Arn, green.Arn, w => w == 100);

        Assert.Equal(100, shifted);
    }

    public void Dispose() => _sandbox.Dispose();

    private CreatedTargetGroup CreateRoutedTargetGroup(string name)
    {
        var balancer = _sandbox.Engine.Elbv2.CreateLoadBalancer(Balancer(name + "-alb"));
        var group = _sandbox.Engine.Elbv2.CreateTargetGroup(TargetGroup(name + "-tg"));
        _sandbox.Engine.Elbv2.CreateListener(Listener(balancer.Arn, group.Arn));
        return group;
    }

    private void CreateService(string name, string targetGroupArn, int desired, AdvancedConfigurationState? advanced = null)
    {
        var definition = _sandbox.Engine.Ecs.RegisterTaskDefinition(ServiceAndTaskCommandsTests.Definition(name, "256", "512", ["FARGATE"]));
        _sandbox.Engine.Ecs.CreateService(new ServiceRegistration("staging", name, definition, desired, "FARGATE", [], null, Subnets, ["sg-0b9e8d7c6a5f40072"], "DISABLED",
            targetGroupArn, name, 8080, advanced, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>()));
    }

    private List<string> TargetStates(string targetGroupArn) =>
        Query("DescribeTargetHealth", new Dictionary<string, string> { ["TargetGroupArn"] = targetGroupArn })
            .Descendants().Where(e => e.Name.LocalName == "TargetHealth").Select(e => e.Elements().First(x => x.Name.LocalName == "State").Value).ToList();

    /// <summary>Advances a simulated second at a time (bounded) until the green target group's weight on the listener's rule satisfies the condition.</summary>
    private int PollWeights(string listenerArn, string greenArn, Func<int, bool> done)
    {
        var weight = -1;
        for (var second = 0; second < 1800 && !done(weight); second++)
        {
            _sandbox.Advance(1);
            var rules = Query("DescribeRules", new Dictionary<string, string> { ["ListenerArn"] = listenerArn });
            weight = rules.Descendants().Where(e => e.Name.LocalName == "member" && e.Elements().Any(x => x.Name.LocalName == "TargetGroupArn" && x.Value == greenArn))
                .SelectMany(e => e.Elements().Where(x => x.Name.LocalName == "Weight")).Select(x => int.Parse(x.Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(-1);
        }

        return weight;
    }

    private XDocument Query(string action, Dictionary<string, string> parameters) =>
        new Elbv2QueryApi(_sandbox.Engine).Invoke(action, parameters, new SigV4Identity("test"), "request-1");

    private static LoadBalancerRequest Balancer(string name) => new(name, Subnets, ["sg-0b9e8d7c6a5f40072"], "internet-facing", "application", null, new Dictionary<string, string>());

    private static TargetGroupRequest TargetGroup(string name) =>
        new(name, "HTTP", 8080, Elbv2Operations.SandboxVpcId, "ip", null, null, "/health", 10, 5, 2, 2, "200");

    private static ListenerRequest Listener(string balancerArn, string groupArn) =>
        new(balancerArn, "HTTP", 80, [], null, [new RuleAction("forward", [new ForwardTarget(groupArn, 1)], null)]);

    private static RuleRequest Rule(string listenerArn, string groupArn, int priority) =>
        new(listenerArn, priority, [new RuleConditionState("path-pattern", ["/reports/*"])], [new RuleAction("forward", [new ForwardTarget(groupArn, 1)], null)]);
}
