using System.Text.RegularExpressions;

namespace EcsConsole.Sandbox.Engine.LoadBalancing;

/// <summary>ELBv2 creates and deletes, validated with ELBv2's error codes; the results sit beside the derived load balancing.</summary>
public sealed partial class Elbv2Operations(SandboxEngine engine) : AwsServiceOperations(engine)
{
    /// <summary>The VPC of the seeded subnets, which the derived target groups report too.</summary>
    public const string SandboxVpcId = "vpc-0e1d2c3b4a5f60789";

    private static readonly Regex ResourceName = new("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$", RegexOptions.CultureInvariant);

    /// <summary>As ELBv2 CreateLoadBalancer (idempotent: the same name with the same settings answers the existing one).</summary>
    public CreatedLoadBalancer CreateLoadBalancer(LoadBalancerRequest request) =>
        Write((sim, now) =>
        {
            ValidateName(request.Name, "load balancer");
            if (request.Name.StartsWith("internal-", StringComparison.Ordinal))
            {
                throw Elb("ValidationError", "Load balancer names cannot start with 'internal-'.");
            }

            if ((request.Type ?? "application") != "application")
            {
                throw Elb("ValidationError", $"The sandbox creates application load balancers only, not '{request.Type}'.");
            }

            var scheme = request.Scheme ?? "internet-facing";
            if (scheme is not ("internet-facing" or "internal"))
            {
                throw Elb("ValidationError", $"Scheme must be internet-facing or internal, not '{scheme}'.");
            }

            var subnets = request.Subnets.Distinct().ToList();
            if (subnets.Count < 2)
            {
                throw Elb("ValidationError", "At least two subnets in two different Availability Zones must be specified.");
            }

            var state = sim.State.LoadBalancing;
            var existing = state.LoadBalancers.FirstOrDefault(b => b.Name == request.Name);
            if (existing is not null)
            {
                return existing.Scheme == scheme && existing.Subnets.Order().SequenceEqual(subnets.Order()) && existing.SecurityGroups.Order().SequenceEqual(request.SecurityGroups.Order())
                    ? existing
                    : throw Elb("DuplicateLoadBalancerName", $"A load balancer with the name '{request.Name}' already exists with different settings.");
            }

            if (LoadBalancerCatalog.LoadBalancers(sim.State, Arns).Any(b => b.Name == request.Name))
            {
                throw Elb("DuplicateLoadBalancerName", $"A load balancer with the name '{request.Name}' already exists.");
            }

            var id = sim.Ids.Hex(16);
            var balancer = new CreatedLoadBalancer
            {
                Arn = $"arn:aws:elasticloadbalancing:{Arns.Region}:{Arns.AccountId}:loadbalancer/app/{request.Name}/{id}",
                Name = request.Name,
                Id = id,
                Scheme = scheme,
                IpAddressType = request.IpAddressType ?? "ipv4",
                Subnets = subnets,
                SecurityGroups = request.SecurityGroups.ToList(),
                VpcId = SandboxVpcId,
                CreatedAt = now,
                Tags = new Dictionary<string, string>(request.Tags),
            };
            state.LoadBalancers.Add(balancer);
            return balancer;
        });

    /// <summary>As ELBv2 CreateTargetGroup, with its health check defaults (interval 30 s, 5 healthy, 2 unhealthy, path /, 200).</summary>
    public CreatedTargetGroup CreateTargetGroup(TargetGroupRequest request) =>
        Write((sim, now) =>
        {
            ValidateName(request.Name, "target group");
            var targetType = request.TargetType ?? "instance";
            if (targetType is not ("ip" or "instance"))
            {
                throw Elb("ValidationError", $"The sandbox's target groups take ECS tasks: TargetType must be ip or instance, not '{targetType}'.");
            }

            var protocol = request.Protocol ?? throw Elb("ValidationError", "A protocol must be specified (HTTP or HTTPS).");
            if (protocol is not ("HTTP" or "HTTPS"))
            {
                throw Elb("ValidationError", $"Application load balancer target groups use HTTP or HTTPS, not '{protocol}'.");
            }

            var port = request.Port ?? throw Elb("ValidationError", "A port must be specified.");
            if (port is < 1 or > 65535)
            {
                throw Elb("ValidationError", $"Port {port} must be between 1 and 65535.");
            }

            var vpc = request.VpcId ?? throw Elb("ValidationError", "A VPC ID must be specified.");
            var interval = Bounded(request.HealthCheckIntervalSeconds ?? 30, 5, 300, "HealthCheckIntervalSeconds");
            var timeout = Bounded(request.HealthCheckTimeoutSeconds ?? 5, 2, 120, "HealthCheckTimeoutSeconds");
            if (timeout >= interval)
            {
                throw Elb("ValidationError", $"Health check timeout ({timeout} s) must be smaller than the interval ({interval} s).");
            }

            var path = request.HealthCheckPath ?? "/";
            if (!path.StartsWith('/'))
            {
                throw Elb("ValidationError", $"Health check path '{path}' must start with '/'.");
            }

            var group = new CreatedTargetGroup
            {
                Arn = "",
                Name = request.Name,
                Protocol = protocol,
                Port = port,
                VpcId = vpc,
                TargetType = targetType,
                HealthCheckProtocol = request.HealthCheckProtocol ?? protocol,
                HealthCheckPort = request.HealthCheckPort ?? "traffic-port",
                HealthCheckPath = path,
                HealthCheckIntervalSeconds = interval,
                HealthCheckTimeoutSeconds = timeout,
                HealthyThresholdCount = Bounded(request.HealthyThresholdCount ?? 5, 2, 10, "HealthyThresholdCount"),
                UnhealthyThresholdCount = Bounded(request.UnhealthyThresholdCount ?? 2, 2, 10, "UnhealthyThresholdCount"),
                Matcher = request.Matcher ?? "200",
                Tags = new Dictionary<string, string>(request.Tags ?? new Dictionary<string, string>(), StringComparer.Ordinal),
            };
            var state = sim.State.LoadBalancing;
            if (state.TargetGroups.FirstOrDefault(g => g.Name == request.Name) is { } existing)
            {
                // Like AWS, the same settings again answer with the existing group (its tags are not compared).
                return existing with { Arn = "", CreatedAt = default, Tags = group.Tags } == group
                    ? existing
                    : throw Elb("DuplicateTargetGroupName", $"A target group with the name '{request.Name}' already exists with different settings.");
            }

            if (LoadBalancerCatalog.TargetGroups(sim.State, Arns).Any(g => g.Name == request.Name))
            {
                throw Elb("DuplicateTargetGroupName", $"A target group with the name '{request.Name}' already exists.");
            }

            group = group with { Arn = Arns.TargetGroup(request.Name, sim.Ids.Hex(16)), CreatedAt = now };
            state.TargetGroups.Add(group);
            return group;
        });

    /// <summary>As ELBv2 CreateListener on a created load balancer (idempotent for the same port and settings).</summary>
    public CreatedListener CreateListener(ListenerRequest request) =>
        Write((sim, _) =>
        {
            var state = sim.State.LoadBalancing;
            var balancer = CreatedBalancer(sim.State, request.LoadBalancerArn);
            var protocol = request.Protocol ?? throw Elb("ValidationError", "A protocol must be specified (HTTP or HTTPS).");
            if (protocol is not ("HTTP" or "HTTPS"))
            {
                throw Elb("UnsupportedProtocol", $"Protocol '{protocol}' is not supported by application load balancers; use HTTP or HTTPS.");
            }

            if (protocol == "HTTPS" && request.CertificateArns.Count == 0)
            {
                throw Elb("ValidationError", "A certificate must be specified for HTTPS listeners.");
            }

            var port = request.Port ?? throw Elb("ValidationError", "A port must be specified.");
            if (port is < 1 or > 65535)
            {
                throw Elb("ValidationError", $"Port {port} must be between 1 and 65535.");
            }

            var action = SingleAction(sim.State, request.DefaultActions, "DefaultActions");
            if (state.Listeners.FirstOrDefault(l => l.LoadBalancerArn == balancer.Arn && l.Port == port) is { } existing)
            {
                return existing.Protocol == protocol && existing.DefaultAction.SameAs(action)
                    ? existing
                    : throw Elb("DuplicateListener", $"A listener already exists on port {port} of load balancer '{balancer.Name}'.");
            }

            var listener = new CreatedListener
            {
                Arn = $"arn:aws:elasticloadbalancing:{Arns.Region}:{Arns.AccountId}:listener/app/{balancer.Name}/{balancer.Id}/{sim.Ids.Hex(16)}",
                LoadBalancerArn = balancer.Arn,
                Protocol = protocol,
                Port = port,
                CertificateArns = request.CertificateArns,
                SslPolicy = protocol == "HTTPS" ? request.SslPolicy ?? "ELBSecurityPolicy-2016-08" : null,
                DefaultAction = action,
            };
            state.Listeners.Add(listener);
            return listener;
        });

    /// <summary>As ELBv2 CreateRule on a created listener; PriorityInUse when the listener has a rule of that priority.</summary>
    public CreatedRule CreateRule(RuleRequest request) =>
        Write((sim, _) =>
        {
            var state = sim.State.LoadBalancing;
            var listener = state.Listeners.FirstOrDefault(l => l.Arn == request.ListenerArn)
                ?? throw Elb("ListenerNotFound", $"Listener '{request.ListenerArn}' not found");
            var priority = request.Priority ?? throw Elb("ValidationError", "A priority must be specified.");
            if (priority is < 1 or > 50000)
            {
                throw Elb("ValidationError", $"Priority {priority} must be between 1 and 50000.");
            }

            if (request.Conditions.Count == 0 || request.Conditions.Any(c => c.Values.Count == 0))
            {
                throw Elb("ValidationError", "A rule needs at least one condition with values (path-pattern or host-header).");
            }

            if (request.Conditions.FirstOrDefault(c => c.Field is not ("path-pattern" or "host-header")) is { } unsupported)
            {
                throw Elb("ValidationError", $"The sandbox's rules match path-pattern and host-header conditions, not '{unsupported.Field}'.");
            }

            var action = SingleAction(sim.State, request.Actions, "Actions");
            if (state.Rules.Any(r => r.ListenerArn == listener.Arn && r.Priority == priority))
            {
                throw Elb("PriorityInUse", $"Priority '{priority}' is currently in use");
            }

            var rule = new CreatedRule
            {
                Arn = listener.Arn.Replace(":listener/", ":listener-rule/", StringComparison.Ordinal) + "/" + sim.Ids.Hex(16),
                ListenerArn = listener.Arn,
                Priority = priority,
                Conditions = request.Conditions,
                Action = action,
            };
            state.Rules.Add(rule);
            return rule;
        });

    /// <summary>As ELBv2 DeleteLoadBalancer: its listeners and their rules go with it.</summary>
    public void DeleteLoadBalancer(string arn) =>
        Write((sim, _) =>
        {
            var balancer = CreatedBalancer(sim.State, arn);
            var state = sim.State.LoadBalancing;
            var listeners = state.Listeners.Where(l => l.LoadBalancerArn == balancer.Arn).Select(l => l.Arn).ToHashSet();
            state.Rules.RemoveAll(r => listeners.Contains(r.ListenerArn));
            state.Listeners.RemoveAll(l => listeners.Contains(l.Arn));
            state.LoadBalancers.Remove(balancer);
            return true;
        });

    /// <summary>As ELBv2 DeleteTargetGroup: ResourceInUse while a listener or rule forwards to it; an unknown ARN is no error.</summary>
    public void DeleteTargetGroup(string arn) =>
        Write((sim, _) =>
        {
            var state = sim.State.LoadBalancing;
            if (state.IsForwardedTo(arn))
            {
                throw Elb("ResourceInUse", $"Target group '{arn}' is currently in use by a listener or a rule");
            }

            if (state.FindTargetGroup(arn) is null && LoadBalancerCatalog.TargetGroups(sim.State, Arns).Any(g => g.Arn == arn))
            {
                throw Elb("ResourceInUse", $"Target group '{arn}' is currently in use by a listener or a rule");
            }

            if (state.TargetGroups.RemoveAll(g => g.Arn == arn) > 0)
            {
                state.DeletedTargetGroups.Add(arn);
            }

            return true;
        });

    /// <summary>As ELBv2 DeleteListener: its rules go with it.</summary>
    public void DeleteListener(string arn) =>
        Write((sim, _) =>
        {
            var state = sim.State.LoadBalancing;
            if (state.Listeners.RemoveAll(l => l.Arn == arn) == 0)
            {
                throw Elb("ListenerNotFound", $"Listener '{arn}' not found");
            }

            state.Rules.RemoveAll(r => r.ListenerArn == arn);
            return true;
        });

    /// <summary>As ELBv2 DeleteRule; a listener's default rule cannot be deleted.</summary>
    public void DeleteRule(string arn) =>
        Write((sim, _) =>
        {
            var state = sim.State.LoadBalancing;
            if (state.Listeners.Any(l => l.DefaultRuleArn == arn) || LoadBalancerCatalog.Rules(sim.State, Arns).Any(r => r.Arn == arn))
            {
                throw Elb("OperationNotPermitted", $"Rule '{arn}' cannot be deleted: it is a default rule or one the sandbox derives from its seeded services.");
            }

            if (state.Rules.RemoveAll(r => r.Arn == arn) == 0)
            {
                throw Elb("RuleNotFound", $"One or more rules not found: {arn}");
            }

            return true;
        });

    private CreatedLoadBalancer CreatedBalancer(SandboxState state, string arn) =>
        state.LoadBalancing.LoadBalancers.FirstOrDefault(b => b.Arn == arn)
        ?? (LoadBalancerCatalog.LoadBalancers(state, Arns).Any(b => b.Arn == arn)
            ? throw Elb("OperationNotPermitted", $"Load balancer '{arn}' is derived from the sandbox's seeded services and cannot be changed.")
            : throw Elb("LoadBalancerNotFound", $"One or more load balancers not found: {arn}"));

    /// <summary>The one action a listener or rule takes (the sandbox has no authenticate actions to chain), its target groups checked.</summary>
    private RuleAction SingleAction(SandboxState state, IReadOnlyList<RuleAction> actions, string member)
    {
        if (actions.Count != 1)
        {
            throw Elb("ValidationError", $"{member} must hold exactly one action (forward or fixed-response) in the sandbox, got {actions.Count}.");
        }

        var action = actions[0];
        switch (action.Type)
        {
            case "forward" when action.Forward.Count == 0:
                throw Elb("ValidationError", "A forward action needs a TargetGroupArn or ForwardConfig.TargetGroups.");
            case "forward":
                var derived = LoadBalancerCatalog.TargetGroups(state, Arns);
                foreach (var target in action.Forward.Where(f => state.LoadBalancing.FindTargetGroup(f.TargetGroupArn) is null && derived.All(d => d.Arn != f.TargetGroupArn)))
                {
                    throw Elb("TargetGroupNotFound", $"Target group '{target.TargetGroupArn}' not found");
                }

                if (action.Forward.Any(f => f.Weight is < 0 or > 999))
                {
                    throw Elb("ValidationError", "Forward weights must be between 0 and 999.");
                }

                return action;
            case "fixed-response" when action.Fixed is null || !Regex.IsMatch(action.Fixed.StatusCode, "^[245][0-9][0-9]$"):
                throw Elb("ValidationError", "A fixed-response action needs a StatusCode of 2XX, 4XX or 5XX.");
            case "fixed-response":
                return action;
            default:
                throw Elb("ValidationError", $"The sandbox's listeners take forward and fixed-response actions, not '{action.Type}'.");
        }
    }

    private static void ValidateName(string name, string what)
    {
        if (!ResourceName.IsMatch(name))
        {
            throw Elb("ValidationError", $"The {what} name '{name}' must be 1 to 32 letters, digits and hyphens, and must not begin or end with a hyphen.");
        }
    }

    private static int Bounded(int value, int min, int max, string member) =>
        value >= min && value <= max ? value : throw Elb("ValidationError", $"{member} must be between {min} and {max}, got {value}.");

    private static SandboxApiException Elb(string code, string message) => new(code, message);
}
