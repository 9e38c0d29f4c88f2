using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>ClusterConfiguration</c>.</summary>
public sealed record ClusterConfiguration
{
    [JsonPropertyName("executeCommandConfiguration")] public ExecuteCommandConfiguration? ExecuteCommandConfiguration { get; init; }
    [JsonPropertyName("managedStorageConfiguration")] public ManagedStorageConfiguration? ManagedStorageConfiguration { get; init; }
}

/// <summary>ECS model shape <c>ExecuteCommandConfiguration</c>.</summary>
public sealed record ExecuteCommandConfiguration
{
    [JsonPropertyName("kmsKeyId")] public string? KmsKeyId { get; init; }
    /// <summary>NONE, DEFAULT, OVERRIDE.</summary>
    [JsonPropertyName("logging")] public string? Logging { get; init; }
    [JsonPropertyName("logConfiguration")] public ExecuteCommandLogConfiguration? LogConfiguration { get; init; }
}

/// <summary>ECS model shape <c>ExecuteCommandLogConfiguration</c>.</summary>
public sealed record ExecuteCommandLogConfiguration
{
    [JsonPropertyName("cloudWatchLogGroupName")] public string? CloudWatchLogGroupName { get; init; }
    [JsonPropertyName("cloudWatchEncryptionEnabled")] public bool? CloudWatchEncryptionEnabled { get; init; }
    [JsonPropertyName("s3BucketName")] public string? S3BucketName { get; init; }
    [JsonPropertyName("s3EncryptionEnabled")] public bool? S3EncryptionEnabled { get; init; }
    [JsonPropertyName("s3KeyPrefix")] public string? S3KeyPrefix { get; init; }
}

/// <summary>ECS model shape <c>ManagedStorageConfiguration</c>.</summary>
public sealed record ManagedStorageConfiguration
{
    [JsonPropertyName("kmsKeyId")] public string? KmsKeyId { get; init; }
    [JsonPropertyName("fargateEphemeralStorageKmsKeyId")] public string? FargateEphemeralStorageKmsKeyId { get; init; }
}

/// <summary>ECS model shape <c>ClusterServiceConnectDefaults</c>.</summary>
public sealed record ClusterServiceConnectDefaults
{
    [JsonPropertyName("namespace")] public string? Namespace { get; init; }
}
