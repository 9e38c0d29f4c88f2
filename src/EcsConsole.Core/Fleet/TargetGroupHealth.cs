using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>A load balancer target group of a service and the health of its registered targets.</summary>
/// <param name="Container">The container and port the service registers, as <c>web:8080</c>.</param>
public sealed record TargetGroupHealth(
    string TargetGroupArn,
    string Name,
    string? LoadBalancer,
    string Container,
    string? HealthCheck,
    ValueList<TargetState> Targets)
{
    public int Healthy => Targets.Count(t => t.State == "healthy");
}

/// <summary>One registered target (a task's IP and port, or an instance and port) and its state as ELB sees it.</summary>
public sealed record TargetState(string Id, int? Port, string State, string? Reason, string? Description);
