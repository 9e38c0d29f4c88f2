using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Engine.Rollouts;

/// <summary>How much of a blue/green service's traffic its green (in-progress) revision receives right now.</summary>
public static class ServiceTraffic
{
    /// <summary>The green target group and its percentage of production (or test) traffic; no green group outside a deployment.</summary>
    public static (string? GreenTargetGroupArn, double Percent) GreenShare(ServiceState service, bool test)
    {
        var shifting = service.Deployments.FirstOrDefault(d => d.Staged is { } staged && staged.ShiftsListenerTraffic);
        if (shifting?.Staged is not { } rollout || shifting.TargetGroupArn is null || shifting.TargetGroupArn == service.ProductionTargetGroupArn)
        {
            return (null, 0);
        }

        return (shifting.TargetGroupArn, test ? rollout.TestTrafficPercent : rollout.ProductionTrafficPercent);
    }
}
