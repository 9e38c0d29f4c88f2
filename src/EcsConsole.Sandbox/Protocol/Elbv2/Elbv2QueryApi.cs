using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Protocol.Elbv2;

/// <summary>
/// Elastic Load Balancing v2 over the Query protocol: the load balancing derived from the seeded ECS services, and the load
/// balancers, target groups, listeners and rules created through the API, side by side in every Describe*.
/// </summary>
public sealed partial class Elbv2QueryApi : QueryApi
{
    private readonly SandboxEngine _engine;

    public Elbv2QueryApi(SandboxEngine engine)
    {
        _engine = engine;
        Register("DescribeLoadBalancers", (p, _) => engine.Read(state => DescribeLoadBalancers(state, p)));
        Register("DescribeTargetGroups", (p, _) => engine.Read(state => DescribeTargetGroups(state, p)));
        Register("DescribeTargetHealth", (p, _) => engine.Read(state => DescribeTargetHealth(state, p)));
        Register("DescribeListeners", (p, _) => engine.Read(state => DescribeListeners(state, p)));
        Register("DescribeRules", (p, _) => engine.Read(state => DescribeRules(state, p)));
        Register("DescribeTags", (p, _) => engine.Read(state => DescribeTags(state, p)));
        RegisterWrites();
    }

    public override string SigningName => "elasticloadbalancing";

    public override string ApiVersion => "2015-12-01";

    public override XNamespace Namespace => "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

    private ArnFactory Arns => _engine.Arns;

    private IEnumerable<XElement> DescribeLoadBalancers(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var now = _engine.TimeProvider.GetUtcNow();
        var balancers = LoadBalancerCatalog.LoadBalancers(state, Arns).Select(b => (b.Arn, b.Name, Xml: (Func<XElement>)(() => LoadBalancer(b))))
            .Concat(state.LoadBalancing.LoadBalancers.Select(b => (b.Arn, b.Name, Xml: (Func<XElement>)(() => CreatedLoadBalancerXml(state, b, now)))))
            .ToList();
        var selected = Select(balancers, QueryList(parameters, "LoadBalancerArns"), b => b.Arn, "LoadBalancerNotFound", "One or more load balancers not found");
        selected = Select(selected, QueryList(parameters, "Names"), b => b.Name, "LoadBalancerNotFound", "One or more load balancers not found");
        var (page, next) = Page(selected, parameters, "DescribeLoadBalancers");
        return [List("LoadBalancers", page.Select(b => b.Xml())), .. Marker(next)];
    }

    private IEnumerable<XElement> DescribeTargetGroups(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var created = state.LoadBalancing;
        var groups = LoadBalancerCatalog.TargetGroups(state, Arns)
            .Select(g => (g.Arn, g.Name, Balancers: (IReadOnlyList<string>)[g.LoadBalancer.Arn], Xml: (Func<XElement>)(() => TargetGroup(g))))
            .Concat(created.TargetGroups.Select(g =>
            {
                var balancers = created.LoadBalancersOf(g.Arn);
                return (g.Arn, g.Name, Balancers: balancers, Xml: (Func<XElement>)(() => CreatedTargetGroupXml(g, balancers)));
            }))
            .ToList();
        if (parameters.TryGetValue("LoadBalancerArn", out var balancer))
        {
            groups = LoadBalancerCatalog.LoadBalancers(state, Arns).Any(b => b.Arn == balancer) || created.LoadBalancers.Any(b => b.Arn == balancer)
                ? groups.Where(g => g.Balancers.Contains(balancer)).ToList()
                : throw new SandboxApiException("LoadBalancerNotFound", $"Load balancer '{balancer}' not found");
        }

        var selected = Select(groups, QueryList(parameters, "TargetGroupArns"), g => g.Arn, "TargetGroupNotFound", "One or more target groups not found");
        selected = Select(selected, QueryList(parameters, "Names"), g => g.Name, "TargetGroupNotFound", "One or more target groups not found");
        var (page, next) = Page(selected, parameters, "DescribeTargetGroups");
        return [List("TargetGroups", page.Select(g => g.Xml())), .. Marker(next)];
    }

    private IEnumerable<XElement> DescribeListeners(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var listenerArns = QueryList(parameters, "ListenerArns");
        if (!parameters.ContainsKey("LoadBalancerArn") && listenerArns.Count == 0)
        {
            throw new SandboxApiException("ValidationError", "You must specify either listener ARNs or a load balancer ARN");
        }

        var derived = LoadBalancerCatalog.LoadBalancers(state, Arns);
        var listeners = derived
            .SelectMany(b => new[] { (Balancer: b, Arn: b.ListenerArn, IsTest: false), (Balancer: b, Arn: b.TestListenerArn, IsTest: true) })
            .Select(l => (l.Arn, BalancerArn: l.Balancer.Arn, Xml: (Func<XElement>)(() => Listener(l.Balancer, l.Arn, l.IsTest))))
            .Concat(state.LoadBalancing.Listeners.Select(l => (l.Arn, BalancerArn: l.LoadBalancerArn, Xml: (Func<XElement>)(() => CreatedListenerXml(l)))))
            .ToList();
        if (parameters.TryGetValue("LoadBalancerArn", out var balancer))
        {
            listeners = derived.Any(b => b.Arn == balancer) || state.LoadBalancing.LoadBalancers.Any(b => b.Arn == balancer)
                ? listeners.Where(l => l.BalancerArn == balancer).ToList()
                : throw new SandboxApiException("LoadBalancerNotFound", $"Load balancer '{balancer}' not found");
        }

        var selected = Select(listeners, listenerArns, l => l.Arn, "ListenerNotFound", "One or more listeners not found");
        var (page, next) = Page(selected, parameters, "DescribeListeners");
        return [List("Listeners", page.Select(l => l.Xml())), .. Marker(next)];
    }

    private IEnumerable<XElement> DescribeRules(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var ruleArns = QueryList(parameters, "RuleArns");
        if (!parameters.ContainsKey("ListenerArn") && ruleArns.Count == 0)
        {
            throw new SandboxApiException("ValidationError", "You must specify either listener ARN or rule ARNs");
        }

        var created = state.LoadBalancing;
        var rules = LoadBalancerCatalog.Rules(state, Arns).Select(r => (r.Arn, r.ListenerArn, Xml: (Func<XElement>)(() => Rule(r))))
            .Concat(created.Listeners.SelectMany(l => created.Rules.Where(r => r.ListenerArn == l.Arn).OrderBy(r => r.Priority)
                .Select(r => (r.Arn, r.ListenerArn, Xml: (Func<XElement>)(() => CreatedRuleXml(r, ServiceWeights(state, r.Arn)))))
                .Append((Arn: l.DefaultRuleArn, ListenerArn: l.Arn, Xml: (Func<XElement>)(() => DefaultRuleXml(l))))))
            .ToList();
        if (parameters.TryGetValue("ListenerArn", out var listener))
        {
            rules = rules.Where(r => r.ListenerArn == listener).ToList() is { Count: > 0 } found
                ? found
                : throw new SandboxApiException("ListenerNotFound", $"Listener '{listener}' not found");
        }

        var selected = Select(rules, ruleArns, r => r.Arn, "RuleNotFound", "One or more rules not found");
        var (page, next) = Page(selected, parameters, "DescribeRules");
        return [List("Rules", page.Select(r => r.Xml())), .. Marker(next)];
    }

    /// <summary>
    /// A created rule that a blue/green service names as its production or test listener rule forwards as that service's
    /// deployment has shifted traffic, as ECS rewrites the rule's weights on AWS; other rules keep the weights they were given.
    /// </summary>
    private static IReadOnlyList<ForwardTarget>? ServiceWeights(SandboxState state, string ruleArn)
    {
        foreach (var service in state.Clusters.SelectMany(c => c.Services).Where(s => s.Status != "INACTIVE" && s.TargetGroupArn is not null))
        {
            if (service.AdvancedConfiguration is { } advanced && (advanced.ProductionListenerRule == ruleArn || advanced.TestListenerRule == ruleArn))
            {
                return LoadBalancerCatalog.Forward(service, test: advanced.ProductionListenerRule != ruleArn).Select(w => new ForwardTarget(w.Key, w.Value)).ToList();
            }
        }

        return null;
    }
}
