namespace EcsConsole.Core.Connection;

/// <summary>How the console tells and retries a connection it cannot identify.</summary>
public sealed class ConnectionIdentityOptions
{
    /// <summary>Set by the host when it started on AWS with no AWS credentials configured at all.</summary>
    public bool NoAwsConfiguration { get; set; }

    /// <summary>How long after a failed STS call the console asks again (default 30 s).</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(30);
}
