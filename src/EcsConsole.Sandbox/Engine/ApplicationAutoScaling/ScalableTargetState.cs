namespace EcsConsole.Sandbox.Engine.ApplicationAutoScaling;

/// <summary>An Application Auto Scaling target on an ECS service's desired count, with its policies and activity history.</summary>
public sealed class ScalableTargetState
{
    public required string ResourceId { get; init; }

    public required int MinCapacity { get; set; }

    public required int MaxCapacity { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Arn { get; init; }

    /// <summary>The Tags given when the target was registered, returned by ListTagsForResource.</summary>
    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);

    public List<ScalingPolicyState> Policies { get; } = [];

    /// <summary>Newest first.</summary>
    public List<ScalingActivityState> Activities { get; } = [];
}

/// <param name="ResourceLabel">For ALBRequestCountPerTarget: app/{lb-name}/{lb-id}/targetgroup/{tg-name}/{tg-id}.</param>
public sealed record ScalingPolicyState(string Name, string Arn, string MetricType, double TargetValue, int ScaleOutCooldown, int ScaleInCooldown, DateTimeOffset CreatedAt, IReadOnlyList<string> AlarmNames, string? ResourceLabel = null);

public sealed record ScalingActivityState(string Id, string Description, string Cause, DateTimeOffset StartTime, DateTimeOffset EndTime, string StatusCode, string StatusMessage);
