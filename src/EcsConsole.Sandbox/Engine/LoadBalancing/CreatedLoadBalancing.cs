namespace EcsConsole.Sandbox.Engine.LoadBalancing;

/// <summary>
/// The ELBv2 resources created through the API (CreateLoadBalancer, CreateTargetGroup...), kept beside the load balancing
/// the sandbox derives from its seeded services. Only touched under the engine's lock.
/// </summary>
public sealed class LoadBalancingState
{
    public List<CreatedLoadBalancer> LoadBalancers { get; } = [];

    public List<CreatedTargetGroup> TargetGroups { get; } = [];

    public List<CreatedListener> Listeners { get; } = [];

    public List<CreatedRule> Rules { get; } = [];

    /// <summary>
    /// Target groups created through the API and deleted since. A service that still names one (draining after a
    /// rollback deleted its group first) is not routed by the seeded load balancing, which would bring the group back.
    /// </summary>
    public List<string> DeletedTargetGroups { get; } = [];

    public CreatedTargetGroup? FindTargetGroup(string arn) => TargetGroups.FirstOrDefault(g => g.Arn == arn);

    /// <summary>Whether the target group is or was one created through the API (not one the seeded services derive).</summary>
    public bool IsCreatedThroughApi(string arn) => FindTargetGroup(arn) is not null || DeletedTargetGroups.Contains(arn);

    /// <summary>Whether any listener default action or rule of a created load balancer forwards to the target group.</summary>
    public bool IsForwardedTo(string targetGroupArn) =>
        Listeners.Any(l => l.DefaultAction.Forwards(targetGroupArn)) || Rules.Any(r => r.Action.Forwards(targetGroupArn));

    /// <summary>The load balancers whose listeners or rules forward to the target group.</summary>
    public IReadOnlyList<string> LoadBalancersOf(string targetGroupArn) =>
        Listeners.Where(l => l.DefaultAction.Forwards(targetGroupArn) || Rules.Any(r => r.ListenerArn == l.Arn && r.Action.Forwards(targetGroupArn)))
            .Select(l => l.LoadBalancerArn).Distinct().ToList();
}

/// <summary>An application load balancer created through the API; provisioning for a while, then active.</summary>
public sealed class CreatedLoadBalancer
{
    /// <summary>How long a new load balancer stays provisioning, in sandbox time (AWS takes a few minutes).</summary>
    public static readonly TimeSpan ProvisioningTime = TimeSpan.FromSeconds(90);

    public required string Arn { get; init; }

    public required string Name { get; init; }

    public required string Id { get; init; }

    public required string Scheme { get; init; }

    public required string IpAddressType { get; init; }

    public required IReadOnlyList<string> Subnets { get; init; }

    public required IReadOnlyList<string> SecurityGroups { get; init; }

    public required string VpcId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    public string State(DateTimeOffset now) => now - CreatedAt < ProvisioningTime ? "provisioning" : "active";

    public string DnsName(string region) => $"{(Scheme == "internal" ? "internal-" : "")}{Name}-{Id[..10]}.{region}.elb.amazonaws.com";
}

/// <summary>A target group created through the API; its targets are the tasks of the ECS services that name it.</summary>
public sealed record CreatedTargetGroup
{
    public required string Arn { get; init; }

    public required string Name { get; init; }

    public required string Protocol { get; init; }

    public required int Port { get; init; }

    public required string VpcId { get; init; }

    /// <summary>ip (awsvpc tasks) or instance (bridge/host tasks on EC2).</summary>
    public required string TargetType { get; init; }

    public required string HealthCheckProtocol { get; init; }

    public required string HealthCheckPort { get; init; }

    public required string HealthCheckPath { get; init; }

    public required int HealthCheckIntervalSeconds { get; init; }

    public required int HealthCheckTimeoutSeconds { get; init; }

    public required int HealthyThresholdCount { get; init; }

    public required int UnhealthyThresholdCount { get; init; }

    public required string Matcher { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The Tags given to CreateTargetGroup, returned by DescribeTags.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How long a newly running target is health checked before it counts as healthy.</summary>
    public TimeSpan TimeToHealthy => TimeSpan.FromSeconds(HealthyThresholdCount * HealthCheckIntervalSeconds);
}

/// <summary>One target group of a forward action, with its weight.</summary>
public sealed record ForwardTarget(string TargetGroupArn, int Weight);

/// <summary>A fixed-response action's answer.</summary>
public sealed record FixedResponse(string StatusCode, string? ContentType, string? MessageBody);

/// <summary>A listener or rule action: forward (to weighted target groups) or fixed-response.</summary>
public sealed record RuleAction(string Type, IReadOnlyList<ForwardTarget> Forward, FixedResponse? Fixed)
{
    public bool Forwards(string targetGroupArn) => Forward.Any(f => f.TargetGroupArn == targetGroupArn);

    /// <summary>Same type, target groups and weights, and fixed response (records compare lists by reference).</summary>
    public bool SameAs(RuleAction other) => Type == other.Type && Forward.SequenceEqual(other.Forward) && Fixed == other.Fixed;
}

/// <summary>A listener of a created load balancer; its default action answers what no rule matched.</summary>
public sealed class CreatedListener
{
    public required string Arn { get; init; }

    public required string LoadBalancerArn { get; init; }

    public required string Protocol { get; init; }

    public required int Port { get; init; }

    public required IReadOnlyList<string> CertificateArns { get; init; }

    public string? SslPolicy { get; init; }

    public required RuleAction DefaultAction { get; init; }

    /// <summary>The default rule's ARN (every listener has one; it holds the default action and cannot be deleted).</summary>
    public string DefaultRuleArn => Arn.Replace(":listener/", ":listener-rule/", StringComparison.Ordinal) + "/" + LoadBalancerCatalog.StableId("default-rule" + Arn);
}

/// <summary>A condition of a rule (path-pattern or host-header) with its values.</summary>
public sealed record RuleConditionState(string Field, IReadOnlyList<string> Values);

/// <summary>A rule of a created listener.</summary>
public sealed class CreatedRule
{
    public required string Arn { get; init; }

    public required string ListenerArn { get; init; }

    public required int Priority { get; init; }

    public required IReadOnlyList<RuleConditionState> Conditions { get; init; }

    public required RuleAction Action { get; init; }
}
