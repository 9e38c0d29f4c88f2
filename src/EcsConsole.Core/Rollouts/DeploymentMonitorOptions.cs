namespace EcsConsole.Core.Rollouts;

/// <summary>How often a watched deployment is read (section <c>DeploymentMonitor</c>).</summary>
public sealed class DeploymentMonitorOptions
{
    public const string SectionName = "DeploymentMonitor";

    /// <summary>While the deployment runs: often enough that a traffic step or a waiting hook shows within seconds.</summary>
    public TimeSpan ActivePollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>After it ended: only late events are left to see.</summary>
    public TimeSpan SettledPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After a failed poll.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
