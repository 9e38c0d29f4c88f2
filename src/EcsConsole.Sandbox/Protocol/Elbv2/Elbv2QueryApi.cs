using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Protocol.Elbv2;

/// <summary>Elastic Load Balancing v2 over the Query protocol: the load balancers, target groups and target health of the ECS services.</summary>
public sealed partial class Elbv2QueryApi : QueryApi
{
    private readonly SandboxEngine engine;

    public Elbv2QueryApi(SandboxEngine engine)
    {
        this.engine = engine;
        Register("DescribeLoadBalancers", (p, _) => engine.Read(state => DescribeLoadBalancers(state, p)));
        Register("DescribeTargetGroups", (p, _) => engine.Read(state => DescribeTargetGroups(state, p)));
        Register("DescribeTargetHealth", (p, _) => engine.Read(state => DescribeTargetHealth(state, p)));
        Register("DescribeListeners", (p, _) => engine.Read(state => DescribeListeners(state, p)));
        Register("DescribeRules", (p, _) => engine.Read(state => DescribeRules(state, p)));
    }

    public override string SigningName => "elasticloadbalancing";

    public override string ApiVersion => "2015-12-01";

    public override XNamespace Namespace => "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

    private ArnFactory Arns => engine.Arns;

    private IEnumerable<XElement> DescribeLoadBalancers(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var balancers = LoadBalancerCatalog.LoadBalancers(state, Arns);
        var selected = Select(balancers, QueryList(parameters, "LoadBalancerArns"), b => b.Arn, "LoadBalancerNotFound", "One or more load balancers not found")
            .Where(b => QueryList(parameters, "Names") is not { Count: > 0 } names || names.Contains(b.Name))
            .ToList();
        var names = QueryList(parameters, "Names");
        if (names.Count > 0 && selected.Count < names.Count)
        {
            throw new SandboxApiException("LoadBalancerNotFound", "One or more load balancers not found");
        }

        var (page, next) = Page(selected, parameters, "DescribeLoadBalancers");
        return [List("LoadBalancers", page.Select(LoadBalancer)), .. Marker(next)];
    }

    private IEnumerable<XElement> DescribeTargetGroups(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var groups = LoadBalancerCatalog.TargetGroups(state, Arns);
        if (parameters.TryGetValue("LoadBalancerArn", out var balancer))
        {
            groups = groups.Any(g => g.LoadBalancer.Arn == balancer) || LoadBalancerCatalog.LoadBalancers(state, Arns).Any(b => b.Arn == balancer)
                ? groups.Where(g => g.LoadBalancer.Arn == balancer).ToList()
                : throw new SandboxApiException("LoadBalancerNotFound", $"Load balancer '{balancer}' not found");
        }

        var selected = Select(groups, QueryList(parameters, "TargetGroupArns"), g => g.Arn, "TargetGroupNotFound", "One or more target groups not found");
        var names = QueryList(parameters, "Names");
        selected = Select(selected, names, g => g.Name, "TargetGroupNotFound", "One or more target groups not found");
        var (page, next) = Page(selected, parameters, "DescribeTargetGroups");
        return [List("TargetGroups", page.Select(TargetGroup)), .. Marker(next)];
    }

    private IEnumerable<XElement> DescribeListeners(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var balancers = LoadBalancerCatalog.LoadBalancers(state, Arns);
        var listenerArns = QueryList(parameters, "ListenerArns");
        if (!parameters.ContainsKey("LoadBalancerArn") && listenerArns.Count == 0)
        {
            throw new SandboxApiException("ValidationError", "You must specify either listener ARNs or a load balancer ARN");
        }

        if (parameters.TryGetValue("LoadBalancerArn", out var balancer))
        {
            balancers = balancers.Where(b => b.Arn == balancer).ToList() is { Count: > 0 } found
                ? found
                : throw new SandboxApiException("LoadBalancerNotFound", $"Load balancer '{balancer}' not found");
        }

        var listeners = balancers.SelectMany(b => new[] { (Balancer: b, Arn: b.ListenerArn, IsTest: false), (Balancer: b, Arn: b.TestListenerArn, IsTest: true) }).ToList();
        var selected = Select(listeners, listenerArns, l => l.Arn, "ListenerNotFound", "One or more listeners not found");
        var (page, next) = Page(selected, parameters, "DescribeListeners");
        return [List("Listeners", page.Select(l => Listener(l.Balancer, l.Arn, l.IsTest))), .. Marker(next)];
    }

    private IEnumerable<XElement> DescribeRules(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var rules = LoadBalancerCatalog.Rules(state, Arns);
        var ruleArns = QueryList(parameters, "RuleArns");
        if (!parameters.ContainsKey("ListenerArn") && ruleArns.Count == 0)
        {
            throw new SandboxApiException("ValidationError", "You must specify either listener ARN or rule ARNs");
        }

        if (parameters.TryGetValue("ListenerArn", out var listener))
        {
            rules = rules.Where(r => r.ListenerArn == listener).ToList() is { Count: > 0 } found
                ? found
                : throw new SandboxApiException("ListenerNotFound", $"Listener '{listener}' not found");
        }

        var selected = Select(rules, ruleArns, r => r.Arn, "RuleNotFound", "One or more rules not found");
        var (page, next) = Page(selected, parameters, "DescribeRules");
        return [List("Rules", page.Select(Rule)), .. Marker(next)];
    }
}
