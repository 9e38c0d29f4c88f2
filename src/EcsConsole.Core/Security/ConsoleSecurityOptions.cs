namespace EcsConsole.Core.Security;

/// <summary>The <c>Console</c> configuration section's security-relevant settings.</summary>
public sealed class ConsoleSecurityOptions
{
    public const string SectionName = "Console";

    /// <summary>Cluster names treated as production (in addition to clusters tagged <c>environment=production</c>).</summary>
    public List<string> ProductionClusters { get; set; } = [];
}
