using EcsConsole.Core.Rollouts;
using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>What a rollout deploys: new images for some containers, an existing revision, or the same revision again.</summary>
public enum RolloutSource
{
    NewImages,
    ExistingRevision,
    ForceNewDeployment,
}

/// <summary>
/// The rollout dialog's state: first what to deploy, then (with the service layer's plan) the note and, on a production
/// cluster, the typed service name. Holds no AWS calls; the dialog asks the service layer and hands the answers in.
/// </summary>
public sealed class RolloutWizard(string cluster, string service, string currentTaskDefinition, bool requiresConfirmation)
{
    private readonly Dictionary<string, string?> _images = new(StringComparer.Ordinal);

    public string Cluster { get; } = cluster;

    public string Service { get; } = service;

    /// <summary>The revision the service runs now, <c>family:revision</c>.</summary>
    public string CurrentTaskDefinition { get; } = currentTaskDefinition;

    public RolloutSource Source { get; set; } = RolloutSource.NewImages;

    /// <summary>The current revision's containers with their images.</summary>
    public IReadOnlyList<ContainerSpec> Containers { get; private set; } = [];

    /// <summary>The revision picked for <see cref="RolloutSource.ExistingRevision"/>, <c>family:revision</c>.</summary>
    public string? Revision { get; set; }

    public RolloutPlan? Plan { get; private set; }

    /// <summary>The note and typed confirmation of the confirm step.</summary>
    public ChangeConfirmation Confirm { get; } = new(cluster, service, requiresConfirmation);

    public bool IsConfirming => Plan is not null;

    public void SetContainers(IReadOnlyList<ContainerSpec> containers)
    {
        Containers = containers;
        _images.Clear();
    }

    /// <summary>The image picked for a container, or null to keep the current one.</summary>
    public string? ImageFor(string container) => _images.GetValueOrDefault(container);

    public void ChooseImage(string container, string? image) => _images[container] = string.IsNullOrWhiteSpace(image) ? null : image.Trim();

    /// <summary>Container → new image, only where the pick differs from what runs now.</summary>
    public IReadOnlyDictionary<string, string> ChangedImages =>
        Containers
            .Where(c => _images.GetValueOrDefault(c.Name) is { } image && image != c.Image)
            .ToDictionary(c => c.Name, c => _images[c.Name]!, StringComparer.Ordinal);

    /// <summary>Why the choice cannot be planned yet, or null when it can.</summary>
    public string? ChoiceProblem => Source switch
    {
        RolloutSource.NewImages when ChangedImages.Count == 0 => "Pick a new image for at least one container.",
        RolloutSource.ExistingRevision when string.IsNullOrEmpty(Revision) => "Pick a revision to deploy.",
        RolloutSource.ExistingRevision when Revision == CurrentTaskDefinition =>
            $"The service already runs {CurrentTaskDefinition}: pick another revision, or force a new deployment.",
        _ => null,
    };

    public bool CanPlan => ChoiceProblem is null;

    public bool CanStart => Plan is not null && Confirm.IsComplete;

    /// <summary>Moves to the confirm step with the service layer's plan for the current choice.</summary>
    public void Planned(RolloutPlan plan) => Plan = plan;

    /// <summary>Back to the choice; the plan is dropped because the choice may change.</summary>
    public void Back() => Plan = null;
}
