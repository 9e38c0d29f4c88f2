using System.Globalization;
using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Protocol.Elbv2;

/// <summary>The ELBv2 creates and deletes: Query parameters read into engine requests, created resources written back as the model's shapes.</summary>
public sealed partial class Elbv2QueryApi
{
    private void RegisterWrites()
    {
        Register("CreateLoadBalancer", (p, _) => [List("LoadBalancers", [Rendered(_engine.Elbv2.CreateLoadBalancer(new LoadBalancerRequest(
            Required(p, "Name"), QueryList(p, "Subnets"), QueryList(p, "SecurityGroups"), p.GetValueOrDefault("Scheme"), p.GetValueOrDefault("Type"),
            p.GetValueOrDefault("IpAddressType"), Tags(p))))])]);
        Register("CreateTargetGroup", (p, _) => [List("TargetGroups", [CreatedTargetGroupXml(_engine.Elbv2.CreateTargetGroup(new TargetGroupRequest(
            Required(p, "Name"), p.GetValueOrDefault("Protocol"), Int(p, "Port"), p.GetValueOrDefault("VpcId"), p.GetValueOrDefault("TargetType"),
            p.GetValueOrDefault("HealthCheckProtocol"), p.GetValueOrDefault("HealthCheckPort"), p.GetValueOrDefault("HealthCheckPath"),
            Int(p, "HealthCheckIntervalSeconds"), Int(p, "HealthCheckTimeoutSeconds"), Int(p, "HealthyThresholdCount"), Int(p, "UnhealthyThresholdCount"),
            p.GetValueOrDefault("Matcher.HttpCode"), Tags(p))), [])])]);
        Register("CreateListener", (p, _) => [List("Listeners", [CreatedListenerXml(_engine.Elbv2.CreateListener(new ListenerRequest(
            Required(p, "LoadBalancerArn"), p.GetValueOrDefault("Protocol"), Int(p, "Port"),
            Members(p, "Certificates").Select(c => c.GetValueOrDefault("CertificateArn")).OfType<string>().ToList(),
            p.GetValueOrDefault("SslPolicy"), Actions(p, "DefaultActions"))))])]);
        Register("CreateRule", (p, _) => [List("Rules", [CreatedRuleXml(_engine.Elbv2.CreateRule(new RuleRequest(
            Required(p, "ListenerArn"), Int(p, "Priority"), Conditions(p), Actions(p, "Actions"))))])]);
        Register("DeleteLoadBalancer", (p, _) => Done(() => _engine.Elbv2.DeleteLoadBalancer(Required(p, "LoadBalancerArn"))));
        Register("DeleteTargetGroup", (p, _) => Done(() => _engine.Elbv2.DeleteTargetGroup(Required(p, "TargetGroupArn"))));
        Register("DeleteListener", (p, _) => Done(() => _engine.Elbv2.DeleteListener(Required(p, "ListenerArn"))));
        Register("DeleteRule", (p, _) => Done(() => _engine.Elbv2.DeleteRule(Required(p, "RuleArn"))));
    }

    private XElement Rendered(CreatedLoadBalancer balancer) => _engine.Read(state => CreatedLoadBalancerXml(state, balancer, _engine.TimeProvider.GetUtcNow()));

    // Delete* answer an empty result element, as ELBv2 does.
    private static IEnumerable<XElement> Done(Action delete)
    {
        delete();
        return [];
    }

    private XElement CreatedLoadBalancerXml(SandboxState state, CreatedLoadBalancer balancer, DateTimeOffset now) => E("member", new object[]
    {
        E("LoadBalancerArn", balancer.Arn),
        E("DNSName", balancer.DnsName(Arns.Region)),
        E("CanonicalHostedZoneId", "Z32O12XQLNTSW2"),
        E("CreatedTime", Iso(balancer.CreatedAt)),
        E("LoadBalancerName", balancer.Name),
        E("Scheme", balancer.Scheme),
        E("VpcId", balancer.VpcId),
        E("State", E("Code", balancer.State(now))),
        E("Type", "application"),
        E("AvailabilityZones", balancer.Subnets.Select(s => E("member", new object[] { E("ZoneName", state.AvailabilityZoneOf(s, Arns.Region)), E("SubnetId", s) }))),
        Strings("SecurityGroups", balancer.SecurityGroups),
        E("IpAddressType", balancer.IpAddressType),
    });

    private XElement CreatedTargetGroupXml(CreatedTargetGroup group, IReadOnlyList<string> loadBalancerArns) => E("member", new object[]
    {
        E("TargetGroupArn", group.Arn),
        E("TargetGroupName", group.Name),
        E("Protocol", group.Protocol),
        E("Port", group.Port),
        E("VpcId", group.VpcId),
        E("HealthCheckProtocol", group.HealthCheckProtocol),
        E("HealthCheckPort", group.HealthCheckPort),
        E("HealthCheckEnabled", "true"),
        E("HealthCheckIntervalSeconds", group.HealthCheckIntervalSeconds),
        E("HealthCheckTimeoutSeconds", group.HealthCheckTimeoutSeconds),
        E("HealthyThresholdCount", group.HealthyThresholdCount),
        E("UnhealthyThresholdCount", group.UnhealthyThresholdCount),
        E("HealthCheckPath", group.HealthCheckPath),
        E("Matcher", E("HttpCode", group.Matcher)),
        Strings("LoadBalancerArns", loadBalancerArns),
        E("TargetType", group.TargetType),
        E("ProtocolVersion", "HTTP1"),
        E("IpAddressType", "ipv4"),
    });

    private XElement CreatedListenerXml(CreatedListener listener) => E("member", new object?[]
    {
        E("ListenerArn", listener.Arn),
        E("LoadBalancerArn", listener.LoadBalancerArn),
        E("Port", listener.Port),
        E("Protocol", listener.Protocol),
        listener.CertificateArns.Count == 0 ? null : E("Certificates", listener.CertificateArns.Select(c => E("member", E("CertificateArn", c)))),
        listener.SslPolicy is null ? null : E("SslPolicy", listener.SslPolicy),
        E("DefaultActions", E("member", ActionXml(listener.DefaultAction, listener.DefaultAction.Forward))),
    });

    private XElement CreatedRuleXml(CreatedRule rule, IReadOnlyList<ForwardTarget>? weights = null) => E("member", new object[]
    {
        E("RuleArn", rule.Arn),
        E("Priority", rule.Priority.ToString(CultureInfo.InvariantCulture)),
        E("Conditions", rule.Conditions.Select(c => E("member", new object[]
        {
            E("Field", c.Field),
            Strings("Values", c.Values),
            E(c.Field == "path-pattern" ? "PathPatternConfig" : "HostHeaderConfig", Strings("Values", c.Values)),
        }))),
        E("Actions", E("member", ActionXml(rule.Action, weights ?? rule.Action.Forward))),
        E("IsDefault", "false"),
    });

    private XElement DefaultRuleXml(CreatedListener listener) => E("member", new object[]
    {
        E("RuleArn", listener.DefaultRuleArn),
        E("Priority", "default"),
        E("Conditions", null),
        E("Actions", E("member", ActionXml(listener.DefaultAction, listener.DefaultAction.Forward))),
        E("IsDefault", "true"),
    });

    private object?[] ActionXml(RuleAction action, IReadOnlyList<ForwardTarget> weights) => action.Type == "forward"
        ? [
            E("Type", "forward"),
            weights.Count == 1 ? E("TargetGroupArn", weights[0].TargetGroupArn) : null,
            E("Order", 1),
            E("ForwardConfig", E("TargetGroups", weights.Select(f => E("member", new object[] { E("TargetGroupArn", f.TargetGroupArn), E("Weight", f.Weight) })))),
        ]
        : [
            E("Type", "fixed-response"),
            E("Order", 1),
            E("FixedResponseConfig", new object?[]
            {
                action.Fixed!.MessageBody is null ? null : E("MessageBody", action.Fixed.MessageBody),
                E("StatusCode", action.Fixed.StatusCode),
                action.Fixed.ContentType is null ? null : E("ContentType", action.Fixed.ContentType),
            }),
        ];

    private static List<RuleAction> Actions(IReadOnlyDictionary<string, string> parameters, string name) =>
        Members(parameters, name).Select(a =>
        {
            var type = a.GetValueOrDefault("Type") ?? throw new SandboxApiException("ValidationError", $"Every member of {name} needs a Type.");
            var forward = Members(a, "ForwardConfig.TargetGroups")
                .Select(t => new ForwardTarget(t.GetValueOrDefault("TargetGroupArn") ?? throw new SandboxApiException("ValidationError", "Every ForwardConfig target group needs a TargetGroupArn."), Int(t, "Weight") ?? 1))
                .ToList();
            if (forward.Count == 0 && a.GetValueOrDefault("TargetGroupArn") is { } single)
            {
                forward.Add(new ForwardTarget(single, 1));
            }

            var status = a.GetValueOrDefault("FixedResponseConfig.StatusCode");
            var fixedResponse = status is null ? null : new FixedResponse(status, a.GetValueOrDefault("FixedResponseConfig.ContentType"), a.GetValueOrDefault("FixedResponseConfig.MessageBody"));
            return new RuleAction(type, forward, fixedResponse);
        }).ToList();

    private static List<RuleConditionState> Conditions(IReadOnlyDictionary<string, string> parameters) =>
        Members(parameters, "Conditions").Select(c =>
        {
            var field = c.GetValueOrDefault("Field") ?? throw new SandboxApiException("ValidationError", "Every condition needs a Field.");
            var values = QueryList(c, "Values");
            var config = field == "path-pattern" ? "PathPatternConfig.Values" : "HostHeaderConfig.Values";
            return new RuleConditionState(field, values.Count > 0 ? values : QueryList(c, config));
        }).ToList();

    private static Dictionary<string, string> Tags(IReadOnlyDictionary<string, string> parameters) =>
        Members(parameters, "Tags").ToDictionary(
            t => t.GetValueOrDefault("Key") ?? throw new SandboxApiException("ValidationError", "Every tag needs a Key."),
            t => t.GetValueOrDefault("Value") ?? "",
            StringComparer.Ordinal);

    /// <summary>The members of a Query list of structures (Name.member.N.Field=...), each with its own field names.</summary>
    private static List<Dictionary<string, string>> Members(IReadOnlyDictionary<string, string> parameters, string name)
    {
        var prefix = name + ".member.";
        return parameters.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && p.Key.IndexOf('.', prefix.Length) > 0)
            .GroupBy(p => int.TryParse(p.Key[prefix.Length..p.Key.IndexOf('.', prefix.Length)], out var i) ? i : int.MaxValue)
            .OrderBy(g => g.Key)
            .Select(g => g.ToDictionary(p => p.Key[(p.Key.IndexOf('.', prefix.Length) + 1)..], p => p.Value, StringComparer.Ordinal))
            .ToList();
    }

    private static string Required(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.GetValueOrDefault(name) is { Length: > 0 } value
            ? value
            : throw new SandboxApiException("ValidationError", $"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must not be null");

    private static int? Int(IReadOnlyDictionary<string, string> parameters, string name) =>
        !parameters.TryGetValue(name, out var text) ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new SandboxApiException("ValidationError", $"{name} '{text}' is not a whole number.");
}
