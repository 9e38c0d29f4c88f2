namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>Why a data channel session ended.</summary>
public enum DataChannelEndReason
{
    /// <summary>The service sent <c>channel_closed</c> (the shell exited, or AWS ended the session).</summary>
    ClosedByService,
    /// <summary>This side closed it.</summary>
    ClosedByClient,
    /// <summary>The connection dropped without <c>channel_closed</c>.</summary>
    ConnectionLost,
    /// <summary>Input went unacknowledged through every resend.</summary>
    Unacknowledged,
    /// <summary>The other side broke the protocol (for example asked for KMS encryption, which this client does not do).</summary>
    ProtocolError,
}

/// <summary>How a session ended, with the service's or the failure's own words.</summary>
public sealed record DataChannelEnd(DataChannelEndReason Reason, string? Message);

/// <summary>A piece of the remote side's output, in order (<see cref="DataChannelPayloadType.Output"/>, StdErr, ExitCode...).</summary>
public sealed record DataChannelOutput(DataChannelPayloadType PayloadType, ReadOnlyMemory<byte> Data);
