using EcsConsole.Aws;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Elbv2;

/// <summary>
/// Sends the Service wizard's ELBv2 creates through <see cref="IElbv2Client"/>. Existence: a load balancer or target group
/// of the planned name (DescribeLoadBalancers/DescribeTargetGroups Names), a listener of the load balancer on the planned
/// port, a rule of the listener with the planned priority. One with the planned settings is skipped and answers in the
/// create call's shape (<c>LoadBalancers[0]</c>, <c>TargetGroups[0]</c>, <c>Listeners[0]</c>, <c>Rules[0]</c>); one with
/// other settings stops the run with what to change. Undo deletes; something already gone counts as undone.
/// </summary>
public sealed class Elbv2CallExecutor(IElbv2Client elbv2) : TableCallExecutor<Elbv2CallExecutor>(Table)
{
    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IElbv2Client _elbv2 = elbv2;

    public static WizardOperationTable<Elbv2CallExecutor> Table { get; } = new("elbv2", "ELBv2",
    [
        new("CreateLoadBalancer",
            (e, call, ct) => e.CheckLoadBalancerAsync(call, Body<CreateLoadBalancerRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var balancer = await e._elbv2.CreateLoadBalancerAsync(Body<CreateLoadBalancerRequest>(call.Body, call.Operation), ct);
                return new CallResult(balancer.LoadBalancers?.FirstOrDefault()?.LoadBalancerArn, Node(balancer));
            },
            new("DeleteLoadBalancer", (e, undo, ct) => e._elbv2.DeleteLoadBalancerAsync(Body<DeleteLoadBalancerRequest>(undo.Body, undo.Operation), ct)),
            Elbv2CloudFormationMapper.LoadBalancer, WizardCliGuard.None),
        new("CreateTargetGroup",
            (e, call, ct) => e.CheckTargetGroupAsync(call, Body<CreateTargetGroupRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var group = await e._elbv2.CreateTargetGroupAsync(Body<CreateTargetGroupRequest>(call.Body, call.Operation), ct);
                return new CallResult(group.TargetGroups?.FirstOrDefault()?.TargetGroupArn, Node(group));
            },
            new("DeleteTargetGroup", (e, undo, ct) => e._elbv2.DeleteTargetGroupAsync(Body<DeleteTargetGroupRequest>(undo.Body, undo.Operation), ct)),
            Elbv2CloudFormationMapper.TargetGroup, WizardCliGuard.None),
        new("CreateListener",
            (e, call, ct) => e.CheckListenerAsync(Body<CreateListenerRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var listener = await e._elbv2.CreateListenerAsync(Body<CreateListenerRequest>(call.Body, call.Operation), ct);
                return new CallResult(listener.Listeners?.FirstOrDefault()?.ListenerArn, Node(listener));
            },
            new("DeleteListener", (e, undo, ct) => e._elbv2.DeleteListenerAsync(Body<DeleteListenerRequest>(undo.Body, undo.Operation), ct)),
            Elbv2CloudFormationMapper.Listener, WizardCliGuard.None),
        new("CreateRule",
            (e, call, ct) => e.CheckRuleAsync(Body<CreateRuleRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var rule = await e._elbv2.CreateRuleAsync(Body<CreateRuleRequest>(call.Body, call.Operation), ct);
                return new CallResult(rule.Rules?.FirstOrDefault()?.RuleArn, Node(rule));
            },
            new("DeleteRule", (e, undo, ct) => e._elbv2.DeleteRuleAsync(Body<DeleteRuleRequest>(undo.Body, undo.Operation), ct)),
            Elbv2CloudFormationMapper.Rule, WizardCliGuard.None),
    ],
    // Deleted already (by hand, with its load balancer, or by an earlier rollback attempt).
    error => error.ErrorCode is "LoadBalancerNotFound" or "TargetGroupNotFound" or "ListenerNotFound" or "RuleNotFound");

    private async Task<ExistenceCheckResult> CheckLoadBalancerAsync(PlannedCall call, CreateLoadBalancerRequest request, CancellationToken cancellationToken)
    {
        var existing = await FirstOrNullAsync(_elbv2.DescribeLoadBalancersAsync(new DescribeLoadBalancersRequest { Names = [request.Name] }, cancellationToken), "LoadBalancerNotFound");
        if (existing is null)
        {
            return ExistenceCheckResult.Missing;
        }

        var scheme = request.Scheme ?? "internet-facing";
        if (existing.Type != (request.Type ?? "application") || existing.Scheme != scheme)
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"A load balancer named {request.Name} already exists as {existing.Type} {existing.Scheme}, not application {scheme}. Choose another name, or use that load balancer.");
        }

        return await OwnedAsync(new ExistenceCheckResult(ExistenceState.Exists, $"load balancer {request.Name} exists ({existing.LoadBalancerArn}, {existing.State?.Code})")
        {
            Response = Node(new CreateLoadBalancerResponse { LoadBalancers = [existing] }),
        }, call, existing.LoadBalancerArn, cancellationToken);
    }

    private async Task<ExistenceCheckResult> CheckTargetGroupAsync(PlannedCall call, CreateTargetGroupRequest request, CancellationToken cancellationToken)
    {
        var existing = await FirstOrNullAsync(_elbv2.DescribeTargetGroupsAsync(new DescribeTargetGroupsRequest { Names = [request.Name] }, cancellationToken), "TargetGroupNotFound");
        if (existing is null)
        {
            return ExistenceCheckResult.Missing;
        }

        var planned = (request.Protocol, request.Port, request.VpcId, TargetType: request.TargetType ?? "instance");
        var actual = (existing.Protocol, existing.Port, existing.VpcId, TargetType: existing.TargetType ?? "instance");
        if (planned != actual)
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"A target group named {request.Name} already exists ({actual.Protocol}:{actual.Port}, {actual.VpcId}, targets by {actual.TargetType}) but the plan needs {planned.Protocol}:{planned.Port} in {planned.VpcId} by {planned.TargetType}. Choose another target group name.");
        }

        // Same shape but another health check would mark the service's tasks healthy or not by rules the plan does not show.
        if (HealthCheckDifferences(request, existing) is { Count: > 0 } differences)
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"Target group {request.Name} exists with {string.Join("; ", differences)}. Choose another target group name, or change the plan's health check to match.");
        }

        return await OwnedAsync(new ExistenceCheckResult(ExistenceState.Exists, $"target group {request.Name} exists ({existing.TargetGroupArn})")
        {
            Response = Node(new CreateTargetGroupResponse { TargetGroups = [existing] }),
        }, call, existing.TargetGroupArn, cancellationToken);
    }

    /// <summary>
    /// "Made by this run or before it", told by the resource's <c>ecsconsole:run</c> tag (DescribeTags) when the call carries
    /// the run's tag; a preview (no run tag) asks nothing more.
    /// </summary>
    private async Task<ExistenceCheckResult> OwnedAsync(ExistenceCheckResult result, PlannedCall call, string? arn, CancellationToken cancellationToken)
    {
        if (RunTags.RunIdOf(call) is null || string.IsNullOrEmpty(arn))
        {
            return result;
        }

        var described = await _elbv2.DescribeTagsAsync(new DescribeTagsRequest { ResourceArns = [arn] }, cancellationToken);
        var tags = described.TagDescriptions?.FirstOrDefault(d => d.ResourceArn == arn)?.Tags ?? [];
        return RunTags.Owned(result, call, tags.Select(t => new KeyValuePair<string, string?>(t.Key, t.Value)));
    }

    /// <summary>The planned health check settings the existing group has otherwise; settings either side leaves out are not compared.</summary>
    internal static IReadOnlyList<string> HealthCheckDifferences(CreateTargetGroupRequest planned, TargetGroup existing)
    {
        var differences = new List<string>();
        Differ(differences, "health check path", existing.HealthCheckPath, planned.HealthCheckPath);
        Differ(differences, "healthy codes", existing.Matcher?.HttpCode, planned.Matcher?.HttpCode);
        Differ(differences, "health check interval", existing.HealthCheckIntervalSeconds, planned.HealthCheckIntervalSeconds, " s");
        Differ(differences, "healthy threshold", existing.HealthyThresholdCount, planned.HealthyThresholdCount);
        Differ(differences, "unhealthy threshold", existing.UnhealthyThresholdCount, planned.UnhealthyThresholdCount);
        return differences;
    }

    private static void Differ<T>(List<string> differences, string what, T? existing, T? planned, string unit = "")
    {
        if (existing is not null && planned is not null && !EqualityComparer<T>.Default.Equals(existing, planned))
        {
            differences.Add($"{what} {existing}{unit}, the plan says {planned}{unit}");
        }
    }

    private async Task<ExistenceCheckResult> CheckListenerAsync(CreateListenerRequest request, CancellationToken cancellationToken)
    {
        var listeners = await ToListAsync(_elbv2.DescribeListenersAsync(new DescribeListenersRequest { LoadBalancerArn = request.LoadBalancerArn }, cancellationToken), "LoadBalancerNotFound");
        var existing = listeners.FirstOrDefault(l => l.Port == request.Port);
        if (existing is null)
        {
            return ExistenceCheckResult.Missing;
        }

        if (existing.Protocol != request.Protocol)
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"The load balancer has a {existing.Protocol} listener on port {request.Port} already, not {request.Protocol}. Choose another listener port.");
        }

        return new ExistenceCheckResult(ExistenceState.Exists, $"{existing.Protocol} listener on port {request.Port} exists ({existing.ListenerArn})")
        {
            Response = Node(new CreateListenerResponse { Listeners = [existing] }),
        };
    }

    private async Task<ExistenceCheckResult> CheckRuleAsync(CreateRuleRequest request, CancellationToken cancellationToken)
    {
        var rules = await ToListAsync(_elbv2.DescribeRulesAsync(new DescribeRulesRequest { ListenerArn = request.ListenerArn }, cancellationToken), "ListenerNotFound");
        var priority = request.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var existing = rules.FirstOrDefault(r => r.Priority == priority);
        if (existing is null)
        {
            return ExistenceCheckResult.Missing;
        }

        var planned = Patterns(request.Conditions);
        var actual = Patterns(existing.Conditions ?? []);
        if (!planned.SequenceEqual(actual))
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"Priority {priority} on this listener is taken by a rule for {string.Join(", ", actual)}, not {string.Join(", ", planned)}. Choose another rule priority.");
        }

        return new ExistenceCheckResult(ExistenceState.Exists, $"rule {string.Join(", ", actual)} at priority {priority} exists ({existing.RuleArn})")
        {
            Response = Node(new CreateRuleResponse { Rules = [existing] }),
        };
    }

    /// <summary>A rule's path patterns and host headers, whichever way they were given (Values or the *Config members).</summary>
    private static List<string> Patterns(IEnumerable<RuleCondition> conditions) =>
        conditions.SelectMany(c => (c.Values is { Count: > 0 } values ? values : c.PathPatternConfig?.Values ?? c.HostHeaderConfig?.Values ?? []).Select(v => $"{c.Field} {v}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private static async Task<T?> FirstOrNullAsync<T>(IAsyncEnumerable<T> items, string notFoundCode)
        where T : class => (await ToListAsync(items, notFoundCode)).FirstOrDefault();

    // ELBv2 answers a lookup by name or parent with a NotFound error rather than an empty list.
    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, string notFoundCode)
    {
        var list = new List<T>();
        try
        {
            await foreach (var item in items)
            {
                list.Add(item);
            }
        }
        catch (AwsServiceException error) when (error.ErrorCode == notFoundCode)
        {
            return [];
        }

        return list;
    }
}
