namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>An ECS capacity provider: FARGATE and FARGATE_SPOT exist in every account; EC2_AUTOSCALING ones wrap an Auto Scaling group.</summary>
public sealed class CapacityProviderState
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    /// <summary>EC2_AUTOSCALING, FARGATE or FARGATE_SPOT.</summary>
    public required string Type { get; init; }

    /// <summary>ACTIVE, or INACTIVE once deleted (still describable, as in ECS).</summary>
    public string Status { get; set; } = "ACTIVE";

    public string? UpdateStatus { get; set; }

    public string? AutoScalingGroupArn { get; init; }

    public ManagedScalingState? ManagedScaling { get; init; }

    public string ManagedTerminationProtection { get; init; } = "DISABLED";

    public string ManagedDraining { get; init; } = "ENABLED";

    public Dictionary<string, string> Tags { get; init; } = [];

    public bool IsFargate => Type is "FARGATE" or "FARGATE_SPOT";

    public static IEnumerable<CapacityProviderState> BuiltIn(ArnFactory arns) =>
        new[] { "FARGATE", "FARGATE_SPOT" }.Select(name => new CapacityProviderState { Name = name, Arn = arns.CapacityProvider(name), Type = name });
}

/// <summary>ECS managed scaling of an Auto Scaling group provider.</summary>
public sealed record ManagedScalingState(string Status, int TargetCapacity, int MinimumScalingStepSize, int MaximumScalingStepSize, int InstanceWarmupPeriod);
