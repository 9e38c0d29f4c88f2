using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>Input of ECS <c>ExecuteCommand</c>: a command (interactive) in one container of a running task.</summary>
public sealed record ExecuteCommandRequest
{
    [JsonPropertyName("cluster")] public string? Cluster { get; init; }
    [JsonPropertyName("container")] public string? Container { get; init; }
    [JsonPropertyName("command")] public string Command { get; init; } = "";
    /// <summary>ECS starts interactive sessions only; the model still requires the member.</summary>
    [JsonPropertyName("interactive")] public bool Interactive { get; init; } = true;
    [JsonPropertyName("task")] public string Task { get; init; } = "";
}

/// <summary>Output of ECS <c>ExecuteCommand</c>: the Session Manager session to open over its data channel.</summary>
public sealed record ExecuteCommandResponse
{
    [JsonPropertyName("clusterArn")] public string? ClusterArn { get; init; }
    [JsonPropertyName("containerArn")] public string? ContainerArn { get; init; }
    [JsonPropertyName("containerName")] public string? ContainerName { get; init; }
    [JsonPropertyName("interactive")] public bool? Interactive { get; init; }
    [JsonPropertyName("session")] public ExecuteCommandSession? Session { get; init; }
    [JsonPropertyName("taskArn")] public string? TaskArn { get; init; }
}

/// <summary>The model's <c>Session</c>: where the data channel is (<see cref="StreamUrl"/>) and the token that opens it.</summary>
public sealed record ExecuteCommandSession
{
    [JsonPropertyName("sessionId")] public string? SessionId { get; init; }
    [JsonPropertyName("streamUrl")] public string? StreamUrl { get; init; }
    /// <summary>A secret (the model's SensitiveString): never logged, kept out of <see cref="ToString"/>.</summary>
    [JsonPropertyName("tokenValue")] public string? TokenValue { get; init; }

    public override string ToString() => $"ExecuteCommandSession {{ SessionId = {SessionId}, StreamUrl = {StreamUrl}, TokenValue = *** }}";
}
