namespace EcsConsole.Core.Images;

/// <summary>Where an image use was seen.</summary>
public enum ImageUseKind
{
    /// <summary>A running task's container runs it (matched by the digest ECS reports, or the image reference).</summary>
    RunningTask,

    /// <summary>A service's current task definition references it (by tag or digest), whether or not tasks run yet.</summary>
    ServiceTaskDefinition,
}

/// <summary>
/// One container that uses an image: a running task (<paramref name="TaskId"/> set) or a service's task definition.
/// <paramref name="Image"/> is the reference as written (<c>repo:tag</c> or <c>repo@sha256:...</c>).
/// </summary>
public sealed record ImageUse(
    ImageUseKind Kind,
    string Cluster,
    string? Service,
    string? TaskId,
    string TaskDefinition,
    string Container,
    string Image,
    string? Digest);
