using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ssm;

/// <summary>An SSM <c>Parameter</c>.</summary>
public sealed record Parameter
{
    [JsonPropertyName("Name")] public string? Name { get; init; }
    [JsonPropertyName("Type")] public string? Type { get; init; }
    [JsonPropertyName("Value")] public string? Value { get; init; }
    [JsonPropertyName("Version")] public long? Version { get; init; }
    [JsonPropertyName("LastModifiedDate")] public DateTimeOffset? LastModifiedDate { get; init; }
    [JsonPropertyName("ARN")] public string? ARN { get; init; }
    [JsonPropertyName("DataType")] public string? DataType { get; init; }
}

/// <summary>Input of SSM <c>GetParameter</c>.</summary>
public sealed record GetParameterRequest
{
    [JsonPropertyName("Name")] public string Name { get; init; } = "";
    [JsonPropertyName("WithDecryption")] public bool? WithDecryption { get; init; }
}

/// <summary>Output of SSM <c>GetParameter</c>.</summary>
public sealed record GetParameterResponse
{
    [JsonPropertyName("Parameter")] public Parameter? Parameter { get; init; }
}

/// <summary>The public parameters that name the current ECS-optimised AMIs, per operating system and architecture.</summary>
public static class EcsOptimizedAmiParameters
{
    public const string AmazonLinux2023 = "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id";

    public const string AmazonLinux2023Arm64 = "/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id";

    public const string AmazonLinux2 = "/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id";

    public static IReadOnlyList<string> All { get; } = [AmazonLinux2023, AmazonLinux2023Arm64, AmazonLinux2];
}
