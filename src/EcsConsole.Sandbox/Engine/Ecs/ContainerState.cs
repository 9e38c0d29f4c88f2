namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed class ContainerState
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string Image { get; init; }

    /// <summary>Null when the image could not be resolved in the sandbox registry.</summary>
    public string? ImageDigest { get; set; }

    public string? RuntimeId { get; set; }

    public string LastStatus { get; set; } = "PENDING";

    public int? ExitCode { get; set; }

    public string? Reason { get; set; }

    /// <summary>UNKNOWN until the health check passes; null when the container has no health check.</summary>
    public string? HealthStatus { get; set; }

    public required int Cpu { get; init; }

    public int? Memory { get; init; }

    public int? ContainerPort { get; init; }
}
