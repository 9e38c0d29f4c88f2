namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>Timing and buffer limits of a <see cref="SessionDataChannel"/>; the defaults are the plugin's.</summary>
public sealed record SessionDataChannelOptions
{
    /// <summary>How often unacknowledged input is checked for retransmission.</summary>
    public TimeSpan ResendInterval { get; init; } = TimeSpan.FromMilliseconds(100);
    /// <summary>The round trip assumed before the first acknowledgement is measured.</summary>
    public TimeSpan InitialRoundTrip { get; init; } = TimeSpan.FromMilliseconds(100);
    /// <summary>The retransmission timeout before any round trip is measured.</summary>
    public TimeSpan InitialRetransmissionTimeout { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxRetransmissionTimeout { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Clock granularity in the timeout formula (smoothed RTT + max(G, 4 × RTT variation)).</summary>
    public TimeSpan ClockGranularity { get; init; } = TimeSpan.FromMilliseconds(10);
    /// <summary>After this many resends of one message without acknowledgement the session is given up.</summary>
    public int MaxResendAttempts { get; init; } = 3000;
    /// <summary>Out-of-order messages held until the gap before them fills; more are dropped (and resent by the agent).</summary>
    public int IncomingBufferCapacity { get; init; } = 10000;
    /// <summary>Unacknowledged input kept for retransmission; when full the oldest is given up, as the plugin does.</summary>
    public int OutgoingBufferCapacity { get; init; } = 10000;
    public string ClientId { get; init; } = Guid.NewGuid().ToString();
    public string ClientVersion { get; init; } = "1.2.0.0-ecsconsole";
}
