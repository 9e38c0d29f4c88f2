namespace EcsConsole.Sandbox.Engine;

/// <summary>An Application Auto Scaling target on an ECS service's desired count, with its policies and activity history.</summary>
public sealed class ScalableTargetState
{
    public required string ResourceId { get; init; }

    public required int MinCapacity { get; set; }

    public required int MaxCapacity { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Arn { get; init; }

    public List<ScalingPolicyState> Policies { get; } = [];

    /// <summary>Newest first.</summary>
    public List<ScalingActivityState> Activities { get; } = [];
}

public sealed record ScalingPolicyState(string Name, string Arn, string MetricType, double TargetValue, int ScaleOutCooldown, int ScaleInCooldown, DateTimeOffset CreatedAt, IReadOnlyList<string> AlarmNames);

public sealed record ScalingActivityState(string Id, string Description, string Cause, DateTimeOffset StartTime, DateTimeOffset EndTime, string StatusCode, string StatusMessage);
