namespace EcsConsole.Core.Scaling;

/// <summary>A service's size as the scale dialog shows it.</summary>
/// <param name="AutoScaling">The scalable target's bounds, or null when the service has no auto scaling.</param>
/// <param name="Stopped">What the service ran before the console stopped it, or null when it was not stopped by the console.</param>
public sealed record ServiceScale(
    string Cluster,
    string Service,
    int DesiredCount,
    int RunningCount,
    ScalingBounds? AutoScaling,
    StoppedServiceMemo? Stopped);

/// <summary>The min and max task count of a service's auto scaling target.</summary>
public sealed record ScalingBounds(int Min, int Max);

/// <summary>What to restore when a stopped service starts again.</summary>
public sealed record StoppedServiceMemo(int DesiredCount, ScalingBounds? AutoScaling);

/// <summary>A new size: the desired count and, for a service with auto scaling, the target's bounds.</summary>
public sealed record ScaleChange(int DesiredCount, ScalingBounds? AutoScaling = null);
