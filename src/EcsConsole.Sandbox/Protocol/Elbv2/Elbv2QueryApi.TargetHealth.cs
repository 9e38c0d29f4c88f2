using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Protocol.Elbv2;

public sealed partial class Elbv2QueryApi
{
    /// <summary>The tasks registered in a target group, by their ENI address, with the health the load balancer sees.</summary>
    private IEnumerable<XElement> DescribeTargetHealth(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var arn = parameters.GetValueOrDefault("TargetGroupArn") ?? throw new SandboxApiException("ValidationError", "1 validation error detected: Value null at 'targetGroupArn' failed to satisfy constraint: Member must not be null");
        var wanted = parameters.Where(p => p.Key.StartsWith("Targets.member.", StringComparison.Ordinal) && p.Key.EndsWith(".Id", StringComparison.Ordinal)).Select(p => p.Value).ToHashSet();
        var created = state.LoadBalancing.FindTargetGroup(arn);
        var group = created is not null ? null : LoadBalancerCatalog.TargetGroups(state, Arns).FirstOrDefault(g => g.Arn == arn)
            ?? throw new SandboxApiException("TargetGroupNotFound", $"Target groups '{arn}' not found");
        var now = _engine.TimeProvider.GetUtcNow();
        var registered = (group is not null ? group.LoadBalancer.Cluster.Tasks : state.Clusters.SelectMany(c => c.Tasks))
            .Where(t => t.TargetGroupArn == arn && t.LastStatus is "ACTIVATING" or "RUNNING" or "DEACTIVATING")
            .Select(t => (Id: t.Network.PrivateIpv4Address, Zone: t.AvailabilityZone, Health: created is null ? Health(t) : CreatedHealth(t, created, now)))
            .ToList();
        var descriptions = registered.Where(r => wanted.Count == 0 || wanted.Contains(r.Id)).ToList();
        foreach (var missing in wanted.Where(w => registered.All(r => r.Id != w)))
        {
            descriptions.Add((missing, "", ("unused", "Target.NotRegistered", "Target is not registered to the target group")));
        }

        var port = group is not null ? group.Service.LoadBalancerContainerPort ?? 8080 : ContainerPort(state, arn) ?? created!.Port;
        return [List("TargetHealthDescriptions", descriptions.Select(d => E("member", new object?[]
        {
            E("Target", new object?[] { E("Id", d.Id), E("Port", port), d.Zone.Length > 0 ? E("AvailabilityZone", d.Zone) : null }),
            E("HealthCheckPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            E("TargetHealth", new object?[]
            {
                E("State", d.Health.State),
                d.Health.Reason is null ? null : E("Reason", d.Health.Reason),
                d.Health.Description is null ? null : E("Description", d.Health.Description),
            }),
        })))];
    }

    /// <summary>
    /// A created target group health checks a newly running task HealthyThresholdCount times, an interval apart, before it
    /// counts as healthy, as ELB does; a task the container health check finds unhealthy fails the load balancer's too.
    /// </summary>
    private static (string State, string? Reason, string? Description) CreatedHealth(TaskState task, CreatedTargetGroup group, DateTimeOffset now) => task switch
    {
        { LastStatus: "ACTIVATING" } => ("initial", "Elb.RegistrationInProgress", "Target registration is in progress"),
        { LastStatus: "DEACTIVATING" } => ("draining", "Target.DeregistrationInProgress", "Target deregistration is in progress"),
        { HealthStatus: "UNHEALTHY" } => ("unhealthy", "Target.FailedHealthChecks", "Health checks failed"),
        { StartedAt: { } started } when now - started < group.TimeToHealthy => ("initial", "Elb.InitialHealthChecking", "Initial health checks in progress"),
        _ => ("healthy", null, null),
    };

    /// <summary>The container port of the ECS service registered in the target group: its targets' port.</summary>
    private static int? ContainerPort(SandboxState state, string targetGroupArn) =>
        state.Clusters.SelectMany(c => c.Services)
            .FirstOrDefault(s => s.TargetGroupArn == targetGroupArn || s.AdvancedConfiguration?.AlternateTargetGroupArn == targetGroupArn)?.LoadBalancerContainerPort;

    private static (string State, string? Reason, string? Description) Health(TaskState task) => task switch
    {
        { LastStatus: "ACTIVATING" } => ("initial", "Elb.RegistrationInProgress", "Target registration is in progress"),
        { LastStatus: "DEACTIVATING" } => ("draining", "Target.DeregistrationInProgress", "Target deregistration is in progress"),
        { HealthStatus: "UNHEALTHY" } => ("unhealthy", "Target.FailedHealthChecks", "Health checks failed"),
        { HealthCheckStartPeriod: not null, HealthStatus: "UNKNOWN" } => ("initial", "Elb.InitialHealthChecking", "Initial health checks in progress"),
        _ => ("healthy", null, null),
    };
}
