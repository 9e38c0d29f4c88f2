namespace EcsConsole.Core.Connection;

/// <summary>
/// One account (and its regions) the console may act in: the console's own (<see cref="IsDefault"/>) or one from the
/// <c>Connections</c> section.
/// </summary>
/// <param name="Name">The connection's name, shown in the app bar and stored with every record made under it.</param>
/// <param name="Regions">The regions offered; never empty.</param>
/// <param name="DefaultRegion">Where a user starts; one of <paramref name="Regions"/>.</param>
/// <param name="Options">The configured options; null for the console's own connection.</param>
public sealed record ConsoleConnection(string Name, IReadOnlyList<string> Regions, string DefaultRegion, ConnectionOptions? Options)
{
    public bool IsDefault => Options is null;

    /// <summary>The partition when configuration or the role ARN says; else <c>aws</c>.</summary>
    public string Partition =>
        Options?.Partition is { Length: > 0 } partition ? partition
        : Options?.RoleArn is { } arn && arn.Split(':') is { Length: > 1 } parts && parts[1].Length > 0 ? parts[1]
        : "aws";

    /// <summary>The account the role ARN names, known before any call; null otherwise (STS tells).</summary>
    public string? AccountFromArn =>
        Options?.RoleArn is { } arn && arn.Split(':') is { Length: > 4 } parts && parts[4].Length > 0 ? parts[4] : null;

    public bool Offers(string region) => Regions.Contains(region, StringComparer.Ordinal);
}
