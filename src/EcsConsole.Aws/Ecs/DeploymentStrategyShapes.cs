using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>DeploymentLifecycleHook</c>.</summary>
public sealed record DeploymentLifecycleHook
{
    /// <summary>AWS_LAMBDA, PAUSE.</summary>
    [JsonPropertyName("targetType")] public string? TargetType { get; init; }
    [JsonPropertyName("hookTargetArn")] public string? HookTargetArn { get; init; }
    [JsonPropertyName("roleArn")] public string? RoleArn { get; init; }
    [JsonPropertyName("lifecycleStages")] public IReadOnlyList<string>? LifecycleStages { get; init; }
    [JsonPropertyName("hookDetails")] public JsonElement? HookDetails { get; init; }
    [JsonPropertyName("timeoutConfiguration")] public DeploymentLifecycleHookTimeoutConfiguration? TimeoutConfiguration { get; init; }
}

/// <summary>ECS model shape <c>DeploymentLifecycleHookTimeoutConfiguration</c>.</summary>
public sealed record DeploymentLifecycleHookTimeoutConfiguration
{
    [JsonPropertyName("timeoutInMinutes")] public int? TimeoutInMinutes { get; init; }
    /// <summary>ROLLBACK, CONTINUE.</summary>
    [JsonPropertyName("action")] public string? Action { get; init; }
}

/// <summary>ECS model shape <c>LinearConfiguration</c>.</summary>
public sealed record LinearConfiguration
{
    [JsonPropertyName("stepPercent")] public double? StepPercent { get; init; }
    [JsonPropertyName("stepBakeTimeInMinutes")] public int? StepBakeTimeInMinutes { get; init; }
}

/// <summary>ECS model shape <c>CanaryConfiguration</c>.</summary>
public sealed record CanaryConfiguration
{
    [JsonPropertyName("canaryPercent")] public double? CanaryPercent { get; init; }
    [JsonPropertyName("canaryBakeTimeInMinutes")] public int? CanaryBakeTimeInMinutes { get; init; }
}

/// <summary>ECS model shape <c>AdvancedConfiguration</c>.</summary>
public sealed record AdvancedConfiguration
{
    [JsonPropertyName("alternateTargetGroupArn")] public string? AlternateTargetGroupArn { get; init; }
    [JsonPropertyName("productionListenerRule")] public string? ProductionListenerRule { get; init; }
    [JsonPropertyName("testListenerRule")] public string? TestListenerRule { get; init; }
    [JsonPropertyName("roleArn")] public string? RoleArn { get; init; }
}
