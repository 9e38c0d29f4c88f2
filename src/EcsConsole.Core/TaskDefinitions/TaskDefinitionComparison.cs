namespace EcsConsole.Core.TaskDefinitions;

/// <summary>How one field differs between two revisions.</summary>
public enum FieldChange
{
    Added,
    Removed,
    Changed,
}

/// <summary>One differing field; <paramref name="Before"/> or <paramref name="After"/> is null when the field is absent on that side.</summary>
public sealed record FieldDifference(string Field, string? Before, string? After, FieldChange Change);

/// <summary>
/// A container's differences, matched by name. <paramref name="Presence"/> is Added or Removed when the container exists
/// on one side only (then <paramref name="Fields"/> lists its whole definition), null when it is on both.
/// </summary>
public sealed record ContainerDifference(string Name, FieldChange? Presence, IReadOnlyList<FieldDifference> Fields)
{
    public bool HasChanges => Presence is not null || Fields.Count > 0;
}

/// <summary>Everything that differs between two revisions, noise (ARN, revision, registration, status) left out.</summary>
public sealed record TaskDefinitionComparison(
    TaskDefinitionDetail From,
    TaskDefinitionDetail To,
    IReadOnlyList<FieldDifference> TaskFields,
    IReadOnlyList<ContainerDifference> Containers)
{
    public bool HasChanges => TaskFields.Count > 0 || Containers.Any(c => c.HasChanges);
}
