namespace EcsConsole.Core.Live;

/// <summary>What happened to one item of a live collection.</summary>
public enum ChangeKind
{
    Added,
    Updated,
    Removed,
}
