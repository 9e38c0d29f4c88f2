namespace EcsConsole.Sandbox.Engine.Ec2;

/// <summary>
/// AWS's public SSM parameters naming the current ECS-optimised AMIs, with the image ids the sandbox answers (fixed, so a
/// test or a wizard run sees the same AMI every time; any well-formed ami- id is accepted for launching).
/// </summary>
public static class EcsOptimizedAmis
{
    public static IReadOnlyDictionary<string, string> Parameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"] = "ami-0c9e1b5a7d3f24a61",
        ["/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id"] = "ami-0f2d4b6a8c1e35b72",
        ["/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id"] = "ami-0a7e3c5b9d1f46c83",
    };

    /// <summary>When AWS last updated them, as far as the sandbox tells.</summary>
    public static DateTimeOffset LastModified { get; } = new(2026, 11, 14, 18, 22, 41, TimeSpan.Zero);

    public const long Version = 97;
}
