using System.Globalization;
using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Protocol.Elbv2;

public sealed partial class Elbv2QueryApi
{
    private const string VpcId = Elbv2Operations.SandboxVpcId;

    private XElement E(string name, object? content) => new(Namespace + name, content);

    private XElement List(string name, IEnumerable<XElement> members) => E(name, members.Select(m => E("member", m.Nodes())));

    private XElement Strings(string name, IEnumerable<string> values) => E(name, values.Select(v => E("member", v)));

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private XElement LoadBalancer(LoadBalancerView balancer) => E("member", new object[]
    {
        E("LoadBalancerArn", balancer.Arn),
        E("DNSName", $"internal-{balancer.Name}-{balancer.Id[..10]}.{Arns.Region}.elb.amazonaws.com"),
        E("CanonicalHostedZoneId", "Z32O12XQLNTSW2"),
        E("CreatedTime", Iso(balancer.CreatedAt)),
        E("LoadBalancerName", balancer.Name),
        E("Scheme", "internal"),
        E("VpcId", VpcId),
        E("State", E("Code", "active")),
        E("Type", "application"),
        E("AvailabilityZones", balancer.SubnetZones.Select(s => E("member", new object[] { E("ZoneName", s.Value), E("SubnetId", s.Key) }))),
        Strings("SecurityGroups", balancer.SecurityGroups),
        E("IpAddressType", "ipv4"),
    });

    private XElement TargetGroup(TargetGroupView group) => E("member", new object[]
    {
        E("TargetGroupArn", group.Arn),
        E("TargetGroupName", group.Name),
        E("Protocol", "HTTP"),
        E("Port", group.Service.LoadBalancerContainerPort ?? 8080),
        E("VpcId", VpcId),
        E("HealthCheckProtocol", "HTTP"),
        E("HealthCheckPort", "traffic-port"),
        E("HealthCheckEnabled", "true"),
        E("HealthCheckIntervalSeconds", 15),
        E("HealthCheckTimeoutSeconds", 5),
        E("HealthyThresholdCount", 2),
        E("UnhealthyThresholdCount", 3),
        E("HealthCheckPath", "/health"),
        E("Matcher", E("HttpCode", "200")),
        Strings("LoadBalancerArns", [group.LoadBalancer.Arn]),
        E("TargetType", "ip"),
        E("ProtocolVersion", "HTTP1"),
        E("IpAddressType", "ipv4"),
    });

    private XElement Listener(LoadBalancerView balancer, string arn, bool test) => E("member", new object[]
    {
        E("ListenerArn", arn),
        E("LoadBalancerArn", balancer.Arn),
        E("Port", test ? 8443 : 443),
        E("Protocol", "HTTPS"),
        E("Certificates", E("member", E("CertificateArn", $"arn:aws:acm:{Arns.Region}:{Arns.AccountId}:certificate/{LoadBalancerCatalog.StableId("cert" + balancer.Arn)}"))),
        E("SslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06"),
        E("DefaultActions", E("member", NotFound())),
    });

    private object[] NotFound() =>
    [
        E("Type", "fixed-response"),
        E("Order", 1),
        E("FixedResponseConfig", new object[] { E("MessageBody", "Not found"), E("StatusCode", "404"), E("ContentType", "text/plain") }),
    ];

    /// <summary>A service's path rule forwards to its target groups with the weights its deployment has shifted to; the default rule answers 404.</summary>
    private XElement Rule(ListenerRuleView rule)
    {
        var service = rule.Service;
        var forward = service is null ? [] : LoadBalancerCatalog.Forward(service, rule.IsTest);
        return E("member", new object?[]
        {
            E("RuleArn", rule.Arn),
            E("Priority", service is null ? "default" : rule.Priority.ToString(CultureInfo.InvariantCulture)),
            E("Conditions", service is null ? null : E("member", new object[]
            {
                E("Field", "path-pattern"),
                Strings("Values", [$"/api/{service.Name}/*"]),
                E("PathPatternConfig", Strings("Values", [$"/api/{service.Name}/*"])),
            })),
            E("Actions", E("member", service is null
                ? NotFound()
                : new object?[]
                {
                    E("Type", "forward"),
                    forward.Count == 1 ? E("TargetGroupArn", forward[0].Key) : null,
                    E("Order", 1),
                    E("ForwardConfig", E("TargetGroups", forward.Select(f => E("member", new object[] { E("TargetGroupArn", f.Key), E("Weight", f.Value) })))),
                })),
            E("IsDefault", service is null ? "true" : "false"),
        });
    }

    /// <summary>Query lists arrive as Name.member.1, Name.member.2...</summary>
    private static List<string> QueryList(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.Where(p => p.Key.StartsWith(name + ".member.", StringComparison.Ordinal))
            .OrderBy(p => int.TryParse(p.Key[(name.Length + 8)..].Split('.')[0], out var i) ? i : int.MaxValue)
            .Select(p => p.Value)
            .ToList();

    private static List<T> Select<T>(IReadOnlyList<T> items, IReadOnlyList<string> wanted, Func<T, string> key, string code, string message)
    {
        if (wanted.Count == 0)
        {
            return items.ToList();
        }

        var found = items.Where(i => wanted.Contains(key(i))).ToList();
        return found.Count == wanted.Distinct().Count() ? found : throw new SandboxApiException(code, message);
    }

    private static (List<T> Page, string? Next) Page<T>(List<T> items, IReadOnlyDictionary<string, string> parameters, string listing)
    {
        var size = parameters.TryGetValue("PageSize", out var text) && int.TryParse(text, out var parsed) ? parsed : 400;
        if (size is < 1 or > 400)
        {
            throw new SandboxApiException("ValidationError", "1 validation error detected: Value at 'pageSize' failed to satisfy constraint: Member must have value between 1 and 400");
        }

        var offset = parameters.TryGetValue("Marker", out var marker) ? MarkerOffset(marker, listing) : 0;
        var page = items.Skip(offset).Take(size).ToList();
        var next = offset + page.Count < items.Count ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{listing}|{offset + page.Count}")) : null;
        return (page, next);
    }

    private static int MarkerOffset(string marker, string listing)
    {
        try
        {
            var parts = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(marker)).Split('|');
            if (parts.Length == 2 && parts[0] == listing && int.TryParse(parts[1], out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Answered below like any marker the sandbox did not issue.
        }

        throw new SandboxApiException("ValidationError", "Invalid marker");
    }

    private IEnumerable<XElement> Marker(string? next) => next is null ? [] : [E("NextMarker", next)];
}
