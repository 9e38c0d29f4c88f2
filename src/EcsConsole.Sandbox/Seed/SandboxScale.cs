namespace EcsConsole.Sandbox;

/// <summary>
/// Size of a synthetic fleet seeded beside the demo one (or alone, with <see cref="SandboxOptions.Seed"/> off), for
/// measuring the console at fleet scale. All zero (the default) seeds none.
/// </summary>
public sealed record SandboxScale
{
    /// <summary>Fargate clusters named fleet-01, fleet-02, ...</summary>
    public int Clusters { get; init; }

    /// <summary>Services per cluster named svc-001, svc-002, ..., all running one task definition family (fleet-app).</summary>
    public int ServicesPerCluster { get; init; }

    /// <summary>Running, healthy tasks per service.</summary>
    public int TasksPerService { get; init; }

    /// <summary>ECR repositories named fleet-repo-01, ... (the fleet's own fleet-app repository comes on top).</summary>
    public int Repositories { get; init; }

    /// <summary>Images per repository, tagged 1.0.0, 1.0.1, ... with latest on the newest.</summary>
    public int ImagesPerRepository { get; init; }
}
