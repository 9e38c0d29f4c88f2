using EcsConsole.Core.Images;

namespace EcsConsole.Web.Model;

/// <summary>One service that uses an image: its running tasks with it and whether its task definition references it.</summary>
public sealed record ServiceImageUse(string Cluster, string? Service, IReadOnlyList<string> RunningTaskIds, bool InTaskDefinition, string TaskDefinition)
{
    public string Label => Service is null ? $"{Cluster} (standalone tasks)" : $"{Cluster}/{Service}";
}

/// <summary>The Repository page: its images and, for the image picked, where it runs.</summary>
public sealed class RepositoryViewModel
{
    public RepositoryImages? Data { get; private set; }

    /// <summary>The image whose uses are shown; null when none is picked or it is gone.</summary>
    public ImageVersion? Selected { get; private set; }

    public int InUseCount => Data?.Images.Count(i => i.InUse) ?? 0;

    public void Load(RepositoryImages? data, string? selectedDigest)
    {
        Data = data;
        Select(selectedDigest);
    }

    public void Select(string? digest) =>
        Selected = digest is null ? null : Data?.Images.FirstOrDefault(i => i.Digest == digest);

    /// <summary>The selected image's uses grouped by service, running ones first.</summary>
    public IReadOnlyList<ServiceImageUse> Uses => Selected is null ? [] : Group(Selected);

    public static IReadOnlyList<ServiceImageUse> Group(ImageVersion image) =>
        [.. image.Uses
            .GroupBy(u => (u.Cluster, u.Service))
            .Select(g => new ServiceImageUse(
                g.Key.Cluster,
                g.Key.Service,
                [.. g.Where(u => u.Kind == ImageUseKind.RunningTask && u.TaskId is not null).Select(u => u.TaskId!).Distinct().Order(StringComparer.Ordinal)],
                g.Any(u => u.Kind == ImageUseKind.ServiceTaskDefinition),
                g.Select(u => u.TaskDefinition).Distinct().Order(StringComparer.Ordinal).FirstOrDefault() ?? ""))
            .OrderByDescending(u => u.RunningTaskIds.Count > 0)
            .ThenBy(u => u.Label, StringComparer.Ordinal)];
}
