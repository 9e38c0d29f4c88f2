namespace EcsConsole.Core.Images;

/// <summary>
/// Every image use in the fleet at <see cref="ReadAt"/>. <see cref="FleetKnown"/> is false before the fleet monitor's
/// first poll on the current connection: then no use is known yet, which is not the same as "nothing runs".
/// </summary>
public sealed record ImageUsage(DateTimeOffset ReadAt, IReadOnlyList<ImageUse> Uses, bool FleetKnown = true)
{
    /// <summary>
    /// Why some uses could not be read (a cluster's tasks, a service's task definition); null when all were. The uses
    /// that could be read are still listed, so an image marked unused may run where the read failed.
    /// </summary>
    public Problems.AwsProblem? Problem { get; init; }

    /// <summary>
    /// The uses of one image: running containers whose reported digest is <paramref name="digest"/> or whose reference names
    /// it, and service task definitions that reference it by one of <paramref name="tags"/> or by digest.
    /// </summary>
    public IReadOnlyList<ImageUse> Of(string repositoryUri, string digest, IReadOnlyCollection<string> tags) =>
        [.. Uses.Where(use =>
            ImageReference.Parse(use.Image) is var reference
            && string.Equals(reference.Repository, repositoryUri, StringComparison.Ordinal)
            && (string.Equals(use.Digest, digest, StringComparison.Ordinal) || (use.Digest is null && reference.Names(repositoryUri, digest, tags))))];

    /// <summary>How many running tasks run any image of the repository.</summary>
    public int RunningTasksOf(string repositoryUri) => Uses
        .Where(u => u.Kind == ImageUseKind.RunningTask && ImageReference.Parse(u.Image).Repository == repositoryUri)
        .Select(u => (u.Cluster, u.TaskId))
        .Distinct()
        .Count();
}
