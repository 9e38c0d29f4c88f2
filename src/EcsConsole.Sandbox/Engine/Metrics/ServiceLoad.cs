namespace EcsConsole.Sandbox.Engine.Metrics;

/// <summary>
/// What a service's metrics depend on at one moment: its task counts and, behind a load balancer, the production traffic
/// weight and target health of its target group (Main) and its blue/green alternate (Alternate).
/// </summary>
public readonly record struct ServiceLoad(
    int Running,
    int Pending,
    int Desired,
    int Deployments,
    int MainWeight,
    int AlternateWeight,
    int MainHealthy,
    int MainTroubled,
    int AlternateHealthy,
    int AlternateTroubled);
