using System.Collections.Concurrent;
using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Core.Live;
using EcsService = EcsConsole.Aws.Ecs.Service;

namespace EcsConsole.Core.Fleet;

/// <summary>What the side sections of a service read: load balancing, auto scaling, Cloud Map, and which of them failed.</summary>
internal sealed record SideReading(
    ValueList<TargetGroupHealth> LoadBalancers,
    ScalingSummary? Scaling,
    ValueList<DiscoveryEntry> Discovery,
    ValueList<SectionProblem> Problems);

/// <summary>
/// Reads a service's target groups and target health (ELBv2), its scalable target and policies (Application Auto Scaling)
/// and its Cloud Map services. Each section fails on its own: the failure is told in <see cref="SideReading.Problems"/>.
/// </summary>
internal sealed class ServiceSideReader(
    IElbv2Client elb,
    IApplicationAutoScalingClient scaling,
    IServiceDiscoveryClient discovery,
    TimeProvider timeProvider)
{
    /// <summary>
    /// Scaling bounds, policies and Cloud Map registrations change only when someone edits them, so they are read at most
    /// this often per service; target health changes by the second and is read on every poll.
    /// </summary>
    internal static readonly TimeSpan SlowSectionsMaxAge = TimeSpan.FromMinutes(1);

    // Keyed by service ARN, which names the account and region, so a connection switch cannot mix answers.
    private readonly ConcurrentDictionary<string, SlowSections> _slow = new(StringComparer.Ordinal);

    public async Task<SideReading> ReadAsync(string cluster, EcsService service, CancellationToken cancellationToken)
    {
        var problems = new List<SectionProblem>();
        var loadBalancers = await GuardAsync(
            SectionProblem.LoadBalancing, () => ReadLoadBalancersAsync(service, cancellationToken), problems, []);
        var slow = await ReadSlowSectionsAsync(cluster, service, cancellationToken);
        problems.AddRange(slow.Problems);
        return new SideReading(new(loadBalancers), slow.Scaling, new(slow.Discovery), new(problems));
    }

    private async Task<SlowSections> ReadSlowSectionsAsync(string cluster, EcsService service, CancellationToken cancellationToken)
    {
        var key = service.ServiceArn ?? $"{cluster}/{service.ServiceName}";
        var now = timeProvider.GetUtcNow();
        // A section that failed is read again on the next poll, so a fixed permission shows at once.
        if (_slow.TryGetValue(key, out var cached) && cached.Problems.Count == 0 && now - cached.ReadAt < SlowSectionsMaxAge)
        {
            return cached;
        }
        var problems = new List<SectionProblem>();
        var scalingSummary = await GuardAsync(
            SectionProblem.AutoScaling, () => ReadScalingAsync(cluster, service.ServiceName ?? "", cancellationToken), problems, null);
        var registries = await GuardAsync(
            SectionProblem.ServiceDiscovery, () => ReadDiscoveryAsync(service, cancellationToken), problems, []);
        var fresh = new SlowSections(now, scalingSummary, registries, problems);
        _slow[key] = fresh;
        return fresh;
    }

    private sealed record SlowSections(DateTimeOffset ReadAt, ScalingSummary? Scaling, List<DiscoveryEntry> Discovery, List<SectionProblem> Problems);

    private static async Task<T> GuardAsync<T>(string section, Func<Task<T>> read, List<SectionProblem> problems, T fallback)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            problems.Add(SectionProblem.From(section, ex));
            return fallback;
        }
    }

    private async Task<List<TargetGroupHealth>> ReadLoadBalancersAsync(EcsService service, CancellationToken cancellationToken)
    {
        var bindings = (service.LoadBalancers ?? []).Where(l => l.TargetGroupArn is not null).ToList();
        if (bindings.Count == 0)
        {
            return [];
        }
        var arns = bindings.Select(b => b.TargetGroupArn!).Distinct().ToList();
        var groups = await EcsCalls.CallAsync(
            "DescribeTargetGroups",
            () => EcsCalls.ToListAsync(elb.DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest { TargetGroupArns = arns }, cancellationToken), cancellationToken));
        var result = new List<TargetGroupHealth>();
        foreach (var binding in bindings)
        {
            var group = groups.FirstOrDefault(g => g.TargetGroupArn == binding.TargetGroupArn);
            var health = await EcsCalls.CallAsync(
                $"DescribeTargetHealth for {group?.TargetGroupName ?? binding.TargetGroupArn}",
                () => elb.DescribeTargetHealthAsync(new DescribeTargetHealthRequest { TargetGroupArn = binding.TargetGroupArn! }, cancellationToken));
            var targets = (health.TargetHealthDescriptions ?? []).Select(d => new TargetState(
                d.Target?.Id ?? "", d.Target?.Port, d.TargetHealth?.State ?? "unknown", d.TargetHealth?.Reason, d.TargetHealth?.Description));
            result.Add(new TargetGroupHealth(
                binding.TargetGroupArn!,
                group?.TargetGroupName ?? Fleet.TaskDefinitionNames.NameFromArn(binding.TargetGroupArn!),
                group?.LoadBalancerArns?.FirstOrDefault() is { } lb ? LoadBalancerName(lb) : binding.LoadBalancerName,
                $"{binding.ContainerName}:{binding.ContainerPort}",
                group is null ? null : $"{group.HealthCheckProtocol} {group.HealthCheckPath} every {group.HealthCheckIntervalSeconds}s",
                new ValueList<TargetState>(targets)));
        }
        return result;
    }

    private async Task<ScalingSummary?> ReadScalingAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var resourceId = $"service/{cluster}/{service}";
        var targets = await EcsCalls.CallAsync(
            "DescribeScalableTargets",
            () => EcsCalls.ToListAsync(scaling.DescribeScalableTargetsAsync(
                new DescribeScalableTargetsRequest { ServiceNamespace = "ecs", ResourceIds = [resourceId], ScalableDimension = "ecs:service:DesiredCount" },
                cancellationToken), cancellationToken));
        if (targets.FirstOrDefault() is not { } target)
        {
            return null;
        }
        var policies = await EcsCalls.CallAsync(
            "DescribeScalingPolicies",
            () => EcsCalls.ToListAsync(scaling.DescribeScalingPoliciesAsync(
                new DescribeScalingPoliciesRequest { ServiceNamespace = "ecs", ResourceId = resourceId, ScalableDimension = "ecs:service:DesiredCount" },
                cancellationToken), cancellationToken));
        var suspended = target.SuspendedState is { } s
            && (s.DynamicScalingInSuspended == true || s.DynamicScalingOutSuspended == true || s.ScheduledScalingSuspended == true);
        return new ScalingSummary(
            target.MinCapacity ?? 0,
            target.MaxCapacity ?? 0,
            suspended,
            new ValueList<ScalingPolicySummary>(policies.Select(p => new ScalingPolicySummary(p.PolicyName ?? "", p.PolicyType ?? "", Describe(p)))));
    }

    private static string Describe(ScalingPolicy policy)
    {
        if (policy.TargetTrackingScalingPolicyConfiguration is { } tracking)
        {
            var metric = tracking.PredefinedMetricSpecification?.PredefinedMetricType ?? "a custom metric";
            return $"keeps {metric} at {tracking.TargetValue}";
        }
        if (policy.StepScalingPolicyConfiguration is { } step)
        {
            return $"{step.StepAdjustments?.Count ?? 0} steps, {step.AdjustmentType}";
        }
        return policy.PolicyType ?? "";
    }

    private async Task<List<DiscoveryEntry>> ReadDiscoveryAsync(EcsService service, CancellationToken cancellationToken)
    {
        var entries = new List<DiscoveryEntry>();
        foreach (var registry in (service.ServiceRegistries ?? []).Where(r => r.RegistryArn is not null))
        {
            var id = Fleet.TaskDefinitionNames.NameFromArn(registry.RegistryArn!);
            var response = await EcsCalls.CallAsync(
                $"Cloud Map GetService {id}",
                () => discovery.GetServiceAsync(new GetServiceRequest { Id = id }, cancellationToken));
            var found = response.Service;
            var records = string.Join(", ", (found?.DnsConfig?.DnsRecords ?? []).Select(r => $"{r.Type} {r.TTL}s"));
            entries.Add(new DiscoveryEntry(registry.RegistryArn!, found?.Name ?? id, found?.NamespaceId ?? found?.DnsConfig?.NamespaceId, records, found?.InstanceCount));
        }
        return entries;
    }

    // arn:aws:elasticloadbalancing:region:acct:loadbalancer/app/prod-alb/50dc6c495c0c9188 → prod-alb
    private static string LoadBalancerName(string arn)
    {
        var parts = arn.Split('/');
        return parts.Length >= 3 ? parts[^2] : arn;
    }
}
