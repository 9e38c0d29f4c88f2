namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>
/// One Session Manager data channel message (the plugin's <c>ClientMessage</c>), as both sides put it on the WebSocket
/// in binary frames. <see cref="DataChannelMessageCodec"/> writes and reads the framing.
/// </summary>
public sealed record DataChannelMessage
{
    /// <summary>One of <see cref="DataChannelMessageTypes"/>; at most 32 UTF-8 bytes on the wire.</summary>
    public required string MessageType { get; init; }
    public uint SchemaVersion { get; init; } = 1;
    /// <summary>Milliseconds since the Unix epoch, UTC.</summary>
    public required ulong CreatedDate { get; init; }
    /// <summary>Position in the sender's stream of stream-data messages; 0 for acknowledgements.</summary>
    public long SequenceNumber { get; init; }
    /// <summary>Bit 0 SYN, bit 1 FIN; acknowledgements carry 3.</summary>
    public ulong Flags { get; init; }
    public required Guid MessageId { get; init; }
    public DataChannelPayloadType PayloadType { get; init; }
    public ReadOnlyMemory<byte> Payload { get; init; } = ReadOnlyMemory<byte>.Empty;
}

/// <summary>The message types of the data channel (the plugin's <c>message</c> package constants).</summary>
public static class DataChannelMessageTypes
{
    public const string InputStreamData = "input_stream_data";
    public const string OutputStreamData = "output_stream_data";
    public const string Acknowledge = "acknowledge";
    public const string ChannelClosed = "channel_closed";
    public const string StartPublication = "start_publication";
    public const string PausePublication = "pause_publication";
}

/// <summary>What a stream-data message's payload is (a 4-byte unsigned integer on the wire).</summary>
public enum DataChannelPayloadType : uint
{
    None = 0,
    Output = 1,
    Error = 2,
    Size = 3,
    Parameter = 4,
    HandshakeRequest = 5,
    HandshakeResponse = 6,
    HandshakeComplete = 7,
    EncChallengeRequest = 8,
    EncChallengeResponse = 9,
    Flag = 10,
    StdErr = 11,
    ExitCode = 12,
}

/// <summary>The value of a <see cref="DataChannelPayloadType.Flag"/> payload (4 bytes, big-endian).</summary>
public enum DataChannelFlag : uint
{
    DisconnectToPort = 1,
    TerminateSession = 2,
    ConnectToPortError = 3,
}
